namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Every path of the Workflow Service API, relative to the client's base address
/// (<c>https://{region}.api.opentext.com/workflow/v1/</c>). The contract and its sources are in
/// docs/api/workflow-service.md; "documented" = seen in OpenText's reference, "flowable" = listed by
/// OpenText with Flowable's request shape, "assumed" = not public, OpenText/Flowable conventions.
/// </summary>
internal static class WorkflowServiceRoutes
{
    /// <summary>POST: deploy a model. Documented.</summary>
    public const string RuntimeModels = "runtime/models";

    /// <summary>GET: list definitions (key, latest). Assumed (Flowable repository API).</summary>
    public const string ProcessDefinitions = "process-definitions";

    /// <summary>POST: start; GET: list. Documented.</summary>
    public const string ProcessInstances = "process-instances";

    /// <summary>GET: list tasks. Documented.</summary>
    public const string Tasks = "tasks";

    /// <summary>GET: finished and running instances. Documented.</summary>
    public const string HistoricProcessInstances = "historic-process-instances";

    /// <summary>GET: finished and open tasks. Documented.</summary>
    public const string HistoricTaskInstances = "historic-task-instances";

    /// <summary>POST/GET: callback subscriptions. Assumed.</summary>
    public const string EventSubscriptions = "event-subscriptions";

    /// <summary>GET: the checkpointed event poll. Assumed.</summary>
    public const string Events = "events";

    /// <summary>GET one definition. Assumed.</summary>
    public static string ProcessDefinition(string id) => $"{ProcessDefinitions}/{Escape(id)}";

    /// <summary>GET one instance (documented); PUT suspend/activate, DELETE with reason (flowable).</summary>
    public static string ProcessInstance(string id) => $"{ProcessInstances}/{Escape(id)}";

    /// <summary>GET/PUT the instance's variables. Flowable.</summary>
    public static string ProcessInstanceVariables(string id) => $"{ProcessInstance(id)}/variables";

    /// <summary>GET one variable. Flowable.</summary>
    public static string ProcessInstanceVariable(string id, string name) => $"{ProcessInstanceVariables(id)}/{Escape(name)}";

    /// <summary>GET/PUT a task (documented); POST an action: claim, delegate, complete (flowable).</summary>
    public static string Task(string id) => $"{Tasks}/{Escape(id)}";

    /// <summary>GET/POST comments on a task. Flowable.</summary>
    public static string TaskComments(string id) => $"{Task(id)}/comments";

    /// <summary>GET/POST attachments on a task. Documented.</summary>
    public static string TaskAttachments(string id) => $"{Task(id)}/attachments";

    /// <summary>DELETE an attachment. Documented.</summary>
    public static string TaskAttachment(string id, string attachmentId) => $"{TaskAttachments(id)}/{Escape(attachmentId)}";

    /// <summary>DELETE a subscription. Assumed.</summary>
    public static string EventSubscription(string id) => $"{EventSubscriptions}/{Escape(id)}";

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return Uri.EscapeDataString(segment);
    }
}
