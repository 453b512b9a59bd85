using System.Text.Json.Nodes;

namespace Connectors.Emulators.WorkflowService;

/// <summary>Renders the engine's entries in the service's JSON shapes (camelCase, Flowable dates).</summary>
internal static class WorkflowJson
{
    public static string? Date(DateTimeOffset? value) => value is { } v ? StoredVariable.FormatDate(v) : null;

    public static JsonObject Model(ProcessDefinitionEntry d, string tenantId) => new()
    {
        ["id"] = d.Id,
        ["key"] = d.Key,
        ["name"] = d.Model.Name,
        ["version"] = d.Version,
        ["modelType"] = "json",
        ["category"] = null,
        ["deploymentId"] = d.DeploymentId,
        ["deployTime"] = Date(d.DeployTime),
        ["suspended"] = false,
        ["tenantId"] = tenantId,
    };

    public static JsonObject Instance(ProcessInstanceEntry i, string tenantId, bool includeVariables) => new()
    {
        ["id"] = i.Id,
        ["name"] = i.Name,
        ["businessKey"] = i.BusinessKey,
        ["processDefinitionId"] = i.Definition.Id,
        ["processDefinitionKey"] = i.Definition.Key,
        ["processDefinitionName"] = i.Definition.Model.Name,
        ["processDefinitionVersion"] = i.Definition.Version,
        ["activityId"] = i.ActivityId,
        ["startTime"] = Date(i.StartTime),
        ["startUserId"] = i.StartUserId,
        ["suspended"] = i.Suspended,
        ["ended"] = i.Ended,
        ["completed"] = i.Ended && i.DeleteReason is null,
        ["tenantId"] = tenantId,
        ["variables"] = includeVariables ? Variables(i.Variables.Values) : new JsonArray(),
    };

    public static JsonObject HistoricInstance(ProcessInstanceEntry i, string tenantId, bool includeVariables) => new()
    {
        ["id"] = i.Id,
        ["name"] = i.Name,
        ["businessKey"] = i.BusinessKey,
        ["processDefinitionId"] = i.Definition.Id,
        ["processDefinitionKey"] = i.Definition.Key,
        ["processDefinitionName"] = i.Definition.Model.Name,
        ["startTime"] = Date(i.StartTime),
        ["endTime"] = Date(i.EndTime),
        ["durationInMillis"] = i.EndTime is { } end ? (long)(end - i.StartTime).TotalMilliseconds : null,
        ["startUserId"] = i.StartUserId,
        ["endActivityId"] = i.Ended ? i.ActivityId : null,
        ["deleteReason"] = i.DeleteReason,
        ["tenantId"] = tenantId,
        ["variables"] = includeVariables ? Variables(i.Variables.Values) : new JsonArray(),
    };

    public static JsonObject Task(TaskEntry t, string tenantId, bool includeVariables) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["description"] = t.Description,
        ["taskDefinitionKey"] = t.Node.Id,
        ["processInstanceId"] = t.Instance.Id,
        ["processDefinitionId"] = t.Instance.Definition.Id,
        ["processDefinitionKey"] = t.Instance.Definition.Key,
        ["businessKey"] = t.Instance.BusinessKey,
        ["assignee"] = t.Assignee,
        ["owner"] = t.Owner,
        ["priority"] = t.Priority,
        ["dueDate"] = Date(t.DueDate),
        ["createTime"] = Date(t.CreateTime),
        ["claimTime"] = Date(t.ClaimTime),
        ["suspended"] = t.Instance.Suspended,
        ["delegationState"] = null,
        ["candidateGroups"] = new JsonArray(t.Node.CandidateGroups.Select(g => (JsonNode?)JsonValue.Create(g)).ToArray()),
        ["tenantId"] = tenantId,
        ["variables"] = includeVariables ? Variables(t.Instance.Variables.Values) : new JsonArray(),
    };

    public static JsonObject HistoricTask(TaskEntry t, string tenantId) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["description"] = t.Description,
        ["taskDefinitionKey"] = t.Node.Id,
        ["processInstanceId"] = t.Instance.Id,
        ["processDefinitionId"] = t.Instance.Definition.Id,
        ["processDefinitionKey"] = t.Instance.Definition.Key,
        ["businessKey"] = t.Instance.BusinessKey,
        ["assignee"] = t.Assignee,
        ["owner"] = t.Owner,
        ["priority"] = t.Priority,
        ["dueDate"] = Date(t.DueDate),
        ["startTime"] = Date(t.CreateTime),
        ["claimTime"] = Date(t.ClaimTime),
        ["endTime"] = Date(t.EndTime),
        ["durationInMillis"] = t.EndTime is { } end ? (long)(end - t.CreateTime).TotalMilliseconds : null,
        ["deleteReason"] = t.DeleteReason,
        ["outcome"] = t.Outcome,
        ["tenantId"] = tenantId,
    };

    public static JsonObject Comment(TaskComment c, TaskEntry t) => new()
    {
        ["id"] = c.Id,
        ["author"] = c.Author,
        ["message"] = c.Message,
        ["time"] = Date(c.Time),
        ["taskId"] = t.Id,
        ["processInstanceId"] = t.Instance.Id,
    };

    public static JsonObject Comment(TaskComment c, ProcessInstanceEntry i) => new()
    {
        ["id"] = c.Id,
        ["author"] = c.Author,
        ["message"] = c.Message,
        ["time"] = Date(c.Time),
        ["processInstanceId"] = i.Id,
    };

    public static JsonObject Attachment(TaskAttachment a, TaskEntry t) => new()
    {
        ["id"] = a.Id,
        ["name"] = a.Name,
        ["description"] = a.Description,
        ["type"] = a.Type,
        ["url"] = a.Url,
        ["time"] = Date(a.Time),
        ["taskId"] = t.Id,
        ["processInstanceId"] = t.Instance.Id,
    };

    public static JsonObject Event(WorkflowEvent e) => new()
    {
        ["id"] = e.Id,
        ["sequence"] = e.Sequence,
        ["type"] = e.Type,
        ["time"] = Date(e.Time),
        ["processInstanceId"] = e.Instance.Id,
        ["processDefinitionKey"] = e.Instance.Definition.Key,
        ["businessKey"] = e.Instance.BusinessKey,
        ["taskId"] = e.Task?.Id,
        ["taskDefinitionKey"] = e.Task?.Node.Id,
        ["taskName"] = e.Task?.Name,
        ["assignee"] = e.Assignee,
    };

    public static JsonObject Subscription(EventSubscription s) => new()
    {
        ["id"] = s.Id,
        ["callbackUrl"] = s.CallbackUrl.ToString(),
        ["eventTypes"] = new JsonArray(s.EventTypes.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        ["createTime"] = Date(s.CreateTime),
    };

    public static JsonArray Variables(IEnumerable<StoredVariable> variables)
        => new(variables.Select(v => (JsonNode?)v.ToJson()).ToArray());
}
