using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>Published: <c>case-definitions</c> and <c>case-definitions/{caseDefinitionId}</c> (the list's shape and paging are assumed).</summary>
internal sealed class CaseDefinitionEndpoints(CoreCaseEmulator emulator)
{
    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/case-definitions", List);
        api.MapGet("/case-definitions/{caseDefinitionId}", Get);
    }

    private IResult List(HttpRequest request)
    {
        lock (State.Gate)
        {
            return Page(request, "caseDefinitions", [.. State.AllDefinitions.OrderBy(d => d.Name, StringComparer.Ordinal).Select(CoreCaseRender.Definition)], emulator.MaxPageSize);
        }
    }

    private IResult Get(string caseDefinitionId, HttpRequest request)
    {
        lock (State.Gate)
        {
            return State.Definition(caseDefinitionId) is { } definition
                ? Json(CoreCaseRender.Definition(definition))
                : DefinitionNotFound(request, caseDefinitionId);
        }
    }
}
