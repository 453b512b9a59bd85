using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>Read-only views: a case's history, the tenant-wide events feed and the case definitions.</summary>
internal sealed class CaseFeedEndpoints(CoreCaseEmulator emulator)
{
    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/caseinstances/{caseId}/history", History);
        api.MapGet("/casedefinitions", ListDefinitions);
        api.MapGet("/casedefinitions/{definitionId}", GetDefinition);
        api.MapGet("/events", Events);
    }

    private IResult History(string tenantId, string caseId, HttpRequest request)
    {
        lock (State.Gate)
        {
            return State.TenantCase(tenantId, caseId) is null
                ? NotFound(request, "Case", caseId)
                : Page(request, "history", [.. State.TenantEvents(tenantId).Where(e => e.CaseId == caseId).Select(CoreCaseRender.Event)], emulator.MaxPageSize);
        }
    }

    private IResult Events(string tenantId, HttpRequest request)
    {
        DateTimeOffset since = default;
        if (request.Query.ContainsKey("since") && !TryParseDate(request.Query["since"], out since))
        {
            return Invalid(request, "since", "must be a date-time");
        }

        string? type = request.Query["type"], caseId = request.Query["caseId"];
        lock (State.Gate)
        {
            return Page(
                request,
                "events",
                [.. State.TenantEvents(tenantId)
                    .Where(e => e.OccurredOn >= since && (type is null || e.Type == type) && (caseId is null || e.CaseId == caseId))
                    .Select(CoreCaseRender.Event)],
                emulator.MaxPageSize);
        }
    }

    private IResult ListDefinitions(HttpRequest request)
    {
        lock (State.Gate)
        {
            return Page(request, "casedefinitions", [.. State.AllCaseTypes.OrderBy(t => t.Name, StringComparer.Ordinal).Select(CoreCaseRender.CaseType)], emulator.MaxPageSize);
        }
    }

    private IResult GetDefinition(string definitionId, HttpRequest request)
    {
        lock (State.Gate)
        {
            return State.CaseType(definitionId) is { } type
                ? Json(CoreCaseRender.CaseType(type))
                : NotFound(request, "Case definition", definitionId);
        }
    }
}
