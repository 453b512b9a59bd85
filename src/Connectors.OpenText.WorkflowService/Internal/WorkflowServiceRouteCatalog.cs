using Connectors.Core.Diagnostics;
using Connectors.OpenText.WorkflowService.Internal;
using Json = Connectors.OpenText.WorkflowService.Internal.WorkflowServiceJsonContext;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// How the read-only route check (<see cref="RouteCheck"/>, the console sample's <c>verify</c> command) proves each
/// route of <c>Internal/WorkflowServiceRoutes</c> (published) and <c>Internal/AssumedRoutes</c> (guesses) exists:
/// a <c>GET</c> on a list, or on an id found in it; writes are listed and never called. Every route member appears
/// here once (a test checks it by reflection).
/// </summary>
public static class WorkflowServiceRouteCatalog
{
    /// <summary>The probes, in call order (lists before the ids they yield).</summary>
    public static IReadOnlyList<RouteProbe> Probes { get; } =
    [
        RouteProbe.GetList("WorkflowServiceRoutes.Models", true, _ => WorkflowServiceRoutes.Models, Json.Default.WorkflowModel),
        RouteProbe.Write("WorkflowServiceRoutes.Model", true, "DELETE"),
        RouteProbe.GetList("WorkflowServiceRoutes.ProcessInstances", true, _ => WorkflowServiceRoutes.ProcessInstances, Json.Default.ProcessInstance, ("processInstanceId", "id")),
        RouteProbe.Get("WorkflowServiceRoutes.ProcessInstance", true, ids => Id(ids, "processInstanceId", WorkflowServiceRoutes.ProcessInstance), Json.Default.ProcessInstance),
        RouteProbe.Write("WorkflowServiceRoutes.ProcessInstanceVariables", true, "POST"),
        RouteProbe.Write("WorkflowServiceRoutes.ProcessInstanceVariable", true, "PUT"),
        RouteProbe.Get("WorkflowServiceRoutes.ProcessInstanceComments", true, ids => Id(ids, "processInstanceId", WorkflowServiceRoutes.ProcessInstanceComments), Json.Default.ListWorkflowComment),
        RouteProbe.GetList("WorkflowServiceRoutes.Tasks", true, _ => WorkflowServiceRoutes.Tasks, Json.Default.WorkflowTask, ("taskId", "id")),
        RouteProbe.Write("WorkflowServiceRoutes.Task", true, "POST"),
        RouteProbe.Get("AssumedRoutes.ProcessInstanceVariables", false, ids => Id(ids, "processInstanceId", AssumedRoutes.ProcessInstanceVariables), Json.Default.ListWorkflowVariable, ("variableName", "name")),
        RouteProbe.Get("AssumedRoutes.ProcessInstanceVariable", false, ids => ids["processInstanceId"] is { } p && ids["variableName"] is { } v ? AssumedRoutes.ProcessInstanceVariable(p, v) : null, Json.Default.WorkflowVariable),
        RouteProbe.Get("AssumedRoutes.Task", false, ids => Id(ids, "taskId", AssumedRoutes.Task), Json.Default.WorkflowTask),
        RouteProbe.Write("AssumedRoutes.TaskUpdate", false, "PUT"),
        RouteProbe.Get("AssumedRoutes.TaskComments", false, ids => Id(ids, "taskId", AssumedRoutes.TaskComments), Json.Default.ListWorkflowComment),
        RouteProbe.Get("AssumedRoutes.TaskAttachments", false, ids => Id(ids, "taskId", AssumedRoutes.TaskAttachments), Json.Default.ListTaskAttachment),
        RouteProbe.Write("AssumedRoutes.TaskAttachment", false, "DELETE"),
        RouteProbe.GetList("AssumedRoutes.HistoricProcessInstances", false, _ => AssumedRoutes.HistoricProcessInstances, Json.Default.HistoricProcessInstance),
        RouteProbe.GetList("AssumedRoutes.HistoricTaskInstances", false, _ => AssumedRoutes.HistoricTaskInstances, Json.Default.HistoricTask),
        RouteProbe.Get("AssumedRoutes.EventSubscriptions", false, _ => AssumedRoutes.EventSubscriptions, Json.Default.ListEventSubscription),
        RouteProbe.Write("AssumedRoutes.EventSubscription", false, "DELETE"),
        RouteProbe.Get("AssumedRoutes.Events", false, _ => AssumedRoutes.Events + "?after=0&count=1", Json.Default.WorkflowEventBatch),
    ];

    /// <summary>Route-table members that are not routes the check calls, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotProbed { get; } = new Dictionary<string, string>
    {
        ["AssumedRoutes.PageSize"] = "a query parameter name, not a route",
        
    };

    private static string? Id(RouteProbeIds ids, string key, Func<string, string> route) => ids[key] is { } id ? route(id) : null;
}
