using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>Assumed read-only views: a case's history and the tenant-wide events feed.</summary>
internal sealed class CaseFeedEndpoints(CoreCaseEmulator emulator)
{
    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/case-definitions/{caseDefinitionId}/cases/{caseId}/history", History);
        api.MapGet("/events", Events);
    }

    private IResult History(string caseDefinitionId, string caseId, HttpRequest request)
        => WithCase(State, request, caseDefinitionId, caseId, (found, caller) =>
            Page(request, "history", [.. State.TenantEvents(caller.TenantId).Where(e => e.CaseId == found.Id).Select(CoreCaseRender.Event)], emulator.MaxPageSize));

    private IResult Events(HttpRequest request)
    {
        DateTimeOffset since = default;
        if (request.Query.ContainsKey("since") && !TryParseDate(request.Query["since"], out since))
        {
            return Invalid(request, "since", "must be a date-time");
        }

        string? type = request.Query["type"], definitionId = request.Query["caseDefinitionId"], caseId = request.Query["caseId"];
        var caller = Caller(request);
        lock (State.Gate)
        {
            return Page(
                request,
                "events",
                [.. State.TenantEvents(caller.TenantId)
                    .Where(e => e.OccurredOn >= since && (type is null || e.Type == type))
                    .Where(e => (definitionId is null || e.CaseDefinitionId == definitionId) && (caseId is null || e.CaseId == caseId))
                    .Select(CoreCaseRender.Event)],
                emulator.MaxPageSize);
        }
    }
}
