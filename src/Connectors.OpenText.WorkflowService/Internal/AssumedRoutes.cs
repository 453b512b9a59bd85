namespace Connectors.OpenText.WorkflowService.Internal;

/// <summary>
/// ASSUMED: every Workflow Service route, query parameter and list key OpenText does not publish, in one place.
/// Nothing public shows getting one model, task or variable, updating a task, task comments or attachments, the
/// history service, a page-size parameter, filters beyond the published ones, the body of an instance comment, or any
/// events feed or callback registration (shared/reference/opentext/README.md). These follow Flowable's REST
/// conventions (the engine behind the service) and are what the emulator serves. If the real route differs on your
/// tenant, change it here, or call it today through <c>client.SendAsync(ApiRequest…)</c>. docs/api/workflow-service.md
/// lists each one.
/// </summary>
internal static class AssumedRoutes
{
    /// <summary>assumed: the page size parameter (the HAL <c>page.size</c> is published, the parameter is not).</summary>
    public const string PageSize = "size";

    /// <summary>assumed: Flowable's history service, <c>historic-process-instances</c> (HAL, same key).</summary>
    public const string HistoricProcessInstances = "historic-process-instances";

    /// <summary>assumed: Flowable's history service, <c>historic-task-instances</c> (HAL, same key).</summary>
    public const string HistoricTaskInstances = "historic-task-instances";

    /// <summary>assumed: callback subscriptions (POST/GET).</summary>
    public const string EventSubscriptions = "event-subscriptions";

    /// <summary>assumed: the checkpointed event poll (<c>?after=&amp;count=</c>).</summary>
    public const string Events = "events";

    /// <summary>assumed: DELETE a subscription.</summary>
    public static string EventSubscription(string id) => $"{EventSubscriptions}/{WorkflowServiceRoutes.Escape(id)}";

    /// <summary>assumed: GET one task (the published path, the published list's item shape).</summary>
    public static string Task(string id) => WorkflowServiceRoutes.Task(id);

    /// <summary>assumed: PUT task fields (due date, priority, assignee …) on the published task path.</summary>
    public static string TaskUpdate(string id) => WorkflowServiceRoutes.Task(id);

    /// <summary>assumed: GET/POST comments on a task (published comments live on process instances).</summary>
    public static string TaskComments(string id) => $"{WorkflowServiceRoutes.Task(id)}/comments";

    /// <summary>assumed: GET/POST link attachments on a task.</summary>
    public static string TaskAttachments(string id) => $"{WorkflowServiceRoutes.Task(id)}/attachments";

    /// <summary>assumed: DELETE an attachment.</summary>
    public static string TaskAttachment(string id, string attachmentId) => $"{TaskAttachments(id)}/{WorkflowServiceRoutes.Escape(attachmentId)}";

    /// <summary>assumed: GET the variables of an instance (the published path takes POST).</summary>
    public static string ProcessInstanceVariables(string id) => WorkflowServiceRoutes.ProcessInstanceVariables(id);

    /// <summary>assumed: GET one variable (the published path takes PUT).</summary>
    public static string ProcessInstanceVariable(string id, string name) => WorkflowServiceRoutes.ProcessInstanceVariable(id, name);

    /// <summary>The assumed list filters (Flowable's names).</summary>
    public static class Query
    {
        /// <summary>assumed: tasks of one instance.</summary>
        public const string ProcessInstanceId = "processInstanceId";

        /// <summary>assumed: tasks of instances with this business key.</summary>
        public const string ProcessInstanceBusinessKey = "processInstanceBusinessKey";

        /// <summary>assumed: instances (and history) with this business key.</summary>
        public const string BusinessKey = "businessKey";

        /// <summary>assumed: tasks assigned to this user.</summary>
        public const string Assignee = "assignee";

        /// <summary>assumed: unassigned tasks this group may claim.</summary>
        public const string CandidateGroup = "candidateGroup";

        /// <summary>assumed: unassigned tasks only.</summary>
        public const string Unassigned = "unassigned";

        /// <summary>assumed: of this process key.</summary>
        public const string ProcessDefinitionKey = "processDefinitionKey";

        /// <summary>assumed: tasks with this id in the model.</summary>
        public const string TaskDefinitionKey = "taskDefinitionKey";

        /// <summary>assumed: suspended (or active) instances.</summary>
        public const string Suspended = "suspended";

        /// <summary>assumed: the reason kept when an instance is deleted.</summary>
        public const string DeleteReason = "deleteReason";

        /// <summary>assumed (history): finished or open.</summary>
        public const string Finished = "finished";

        /// <summary>assumed (history): one task.</summary>
        public const string TaskId = "taskId";

        /// <summary>assumed (history): tasks of instances with this business key.</summary>
        public const string ProcessBusinessKey = "processBusinessKey";

        /// <summary>assumed (history): tasks worked by this user.</summary>
        public const string TaskAssignee = "taskAssignee";
    }
}
