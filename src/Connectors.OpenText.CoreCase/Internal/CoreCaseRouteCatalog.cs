using Connectors.Core.Diagnostics;
using Connectors.OpenText.CoreCase.Internal;
using Json = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// How the read-only route check (<see cref="RouteCheck"/>, the console sample's <c>verify</c> command) proves each
/// route of <c>Internal/CoreCaseRoutes</c> (published) and <c>Internal/AssumedRoutes</c> (guesses) exists: a <c>GET</c>
/// on a list, or on an id found in it; writes are listed and never called. Seed <c>caseDefinitionId</c> (and
/// <c>caseId</c>) to check a definition that has cases. Every route member appears here once (a test checks it).
/// </summary>
public static class CoreCaseRouteCatalog
{
    /// <summary>The probes, in call order (lists before the ids they yield).</summary>
    public static IReadOnlyList<RouteProbe> Probes { get; } =
    [
        RouteProbe.GetList("CoreCaseRoutes.CaseDefinitions", true, _ => Api(CoreCaseRoutes.CaseDefinitions), Json.Default.CaseDefinitionWire, ("caseDefinitionId", "id")),
        RouteProbe.Get("CoreCaseRoutes.CaseDefinition", true, ids => Id(ids, "caseDefinitionId", CoreCaseRoutes.CaseDefinition), Json.Default.CaseDefinitionWire),
        RouteProbe.Write("CoreCaseRoutes.Cases", true, "POST"),
        RouteProbe.GetList("AssumedRoutes.CaseSearchPath", false, ids => Id(ids, "caseDefinitionId", d => AssumedRoutes.CaseSearchPath(d) + "?size=1"), Json.Default.CaseWire, ("caseId", "id")),
        RouteProbe.Get("CoreCaseRoutes.Case", true, ids => Case(ids, CoreCaseRoutes.Case), Json.Default.CaseWire),
        RouteProbe.Write("CoreCaseRoutes.CaseData", true, "PUT"),
        RouteProbe.Write("AssumedRoutes.Status", false, "PUT"),
        RouteProbe.Write("AssumedRoutes.Assignee", false, "PUT"),
        RouteProbe.GetList("AssumedRoutes.Comments", false, ids => Case(ids, AssumedRoutes.Comments), Json.Default.CommentWire),
        RouteProbe.GetList("AssumedRoutes.Tasks", false, ids => Case(ids, AssumedRoutes.Tasks), Json.Default.TaskWire),
        RouteProbe.Write("AssumedRoutes.CompleteTask", false, "POST"),
        RouteProbe.GetList("AssumedRoutes.Attachments", false, ids => Case(ids, AssumedRoutes.Attachments), Json.Default.AttachmentWire, ("attachmentId", "id")),
        RouteProbe.Get("AssumedRoutes.AttachmentContent", false, ids => ids["attachmentId"] is { } a ? Case(ids, c => AssumedRoutes.AttachmentContent(c, a)) : null),
        RouteProbe.GetList("AssumedRoutes.Links", false, ids => Case(ids, AssumedRoutes.Links), Json.Default.LinkWire),
        RouteProbe.GetList("AssumedRoutes.History", false, ids => Case(ids, AssumedRoutes.History), Json.Default.EventWire),
        RouteProbe.GetList("AssumedRoutes.Events", false, _ => Api(AssumedRoutes.Events) + "?size=1", Json.Default.EventWire),
    ];

    /// <summary>Route-table members that are not routes the check calls, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotProbed { get; } = new Dictionary<string, string>
    {
        ["CoreCaseRoutes.ApiRoot"] = "the prefix of every route, part of the client's base address",
        ["AssumedRoutes.CasePart"] = "a multipart part name, not a route",
        ["AssumedRoutes.FilePart"] = "a multipart part name, not a route",
        ["AssumedRoutes.ExternalReferencesAttribute"] = "an attribute name, not a route",
    };

    private static string Api(string route) => route; // the client's base address already ends with CoreCaseRoutes.ApiRoot

    private static string? Id(RouteProbeIds ids, string key, Func<string, string> route) => ids[key] is { } id ? Api(route(id)) : null;

    private static string? Case(RouteProbeIds ids, Func<CaseRef, string> route)
        => ids["caseDefinitionId"] is { } d && ids["caseId"] is { } c ? Api(route(new CaseRef(d, c))) : null;
}
