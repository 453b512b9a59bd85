namespace Connectors.OpenText.WorkflowService;

/// <summary>Builds output models for users' tests and mocks.</summary>
public static class WorkflowServiceModelFactory
{
    /// <summary>A deployed process model.</summary>
    /// <param name="id">The id.</param>
    /// <param name="key">The process key.</param>
    /// <param name="version">The version.</param>
    /// <param name="name">The name.</param>
    /// <param name="modelType">The model type.</param>
    public static WorkflowModel WorkflowModel(string id, string key, int version = 1, string? name = null, string? modelType = "json")
        => new() { Id = id, Key = key, Version = version, Name = name, ModelType = modelType };

    /// <summary>A running process instance.</summary>
    /// <param name="id">The id.</param>
    /// <param name="processDefinitionKey">The definition key.</param>
    /// <param name="businessKey">The business key.</param>
    /// <param name="activityId">The activity it waits in.</param>
    /// <param name="suspended">Whether it is suspended.</param>
    /// <param name="variables">The variables.</param>
    public static ProcessInstance ProcessInstance(
        string id,
        string processDefinitionKey,
        string? businessKey = null,
        string? activityId = null,
        bool suspended = false,
        IReadOnlyList<WorkflowVariable>? variables = null)
        => new()
        {
            Id = id,
            ProcessDefinitionKey = processDefinitionKey,
            BusinessKey = businessKey,
            ActivityId = activityId,
            Suspended = suspended,
            Variables = variables ?? [],
        };

    /// <summary>An open task.</summary>
    /// <param name="id">The id.</param>
    /// <param name="taskDefinitionKey">The task's id in the model.</param>
    /// <param name="processInstanceId">The instance.</param>
    /// <param name="name">The name.</param>
    /// <param name="assignee">The assignee.</param>
    /// <param name="candidateGroups">The candidate groups.</param>
    /// <param name="businessKey">The business key.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="dueDate">The due date.</param>
    public static WorkflowTask WorkflowTask(
        string id,
        string taskDefinitionKey,
        string processInstanceId,
        string? name = null,
        string? assignee = null,
        IReadOnlyList<string>? candidateGroups = null,
        string? businessKey = null,
        int priority = 50,
        DateTimeOffset? dueDate = null)
        => new()
        {
            Id = id,
            TaskDefinitionKey = taskDefinitionKey,
            ProcessInstanceId = processInstanceId,
            Name = name,
            Assignee = assignee,
            CandidateGroups = candidateGroups ?? [],
            BusinessKey = businessKey,
            Priority = priority,
            DueDate = dueDate,
        };

    /// <summary>A historic process instance.</summary>
    /// <param name="id">The id.</param>
    /// <param name="businessKey">The business key.</param>
    /// <param name="endActivityId">The end event reached.</param>
    /// <param name="startTime">When it started.</param>
    /// <param name="endTime">When it ended; <c>null</c> while it runs.</param>
    /// <param name="deleteReason">Why it was deleted.</param>
    public static HistoricProcessInstance HistoricProcessInstance(
        string id,
        string? businessKey = null,
        string? endActivityId = null,
        DateTimeOffset? startTime = null,
        DateTimeOffset? endTime = null,
        string? deleteReason = null)
        => new() { Id = id, BusinessKey = businessKey, EndActivityId = endActivityId, StartTime = startTime, EndTime = endTime, DeleteReason = deleteReason };

    /// <summary>A historic task.</summary>
    /// <param name="id">The id.</param>
    /// <param name="taskDefinitionKey">The task's id in the model.</param>
    /// <param name="processInstanceId">The instance.</param>
    /// <param name="assignee">The assignee.</param>
    /// <param name="endTime">When it finished.</param>
    /// <param name="outcome">The outcome.</param>
    public static HistoricTask HistoricTask(string id, string taskDefinitionKey, string processInstanceId, string? assignee = null, DateTimeOffset? endTime = null, string? outcome = null)
        => new() { Id = id, TaskDefinitionKey = taskDefinitionKey, ProcessInstanceId = processInstanceId, Assignee = assignee, EndTime = endTime, Outcome = outcome };

    /// <summary>A comment on a process instance or a task.</summary>
    /// <param name="id">The id.</param>
    /// <param name="message">The text.</param>
    /// <param name="author">The author.</param>
    /// <param name="taskId">The task, for a task comment.</param>
    /// <param name="processInstanceId">The process instance.</param>
    public static WorkflowComment WorkflowComment(string id, string message, string? author = null, string? taskId = null, string? processInstanceId = null)
        => new() { Id = id, Message = message, Author = author, TaskId = taskId, ProcessInstanceId = processInstanceId };

    /// <summary>A task attachment.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="url">Where the content lives.</param>
    /// <param name="taskId">The task.</param>
    public static TaskAttachment TaskAttachment(string id, string name, string? url = null, string? taskId = null)
        => new() { Id = id, Name = name, Url = url, TaskId = taskId };

    /// <summary>A workflow event.</summary>
    /// <param name="id">The id.</param>
    /// <param name="type">The type.</param>
    /// <param name="sequence">The log position.</param>
    /// <param name="processInstanceId">The instance.</param>
    /// <param name="businessKey">The business key.</param>
    /// <param name="taskId">The task, for task events.</param>
    /// <param name="taskDefinitionKey">The task's id in the model.</param>
    public static WorkflowEvent WorkflowEvent(
        string id,
        WorkflowEventType type,
        long sequence = 1,
        string? processInstanceId = null,
        string? businessKey = null,
        string? taskId = null,
        string? taskDefinitionKey = null)
        => new()
        {
            Id = id,
            Type = type,
            Sequence = sequence,
            ProcessInstanceId = processInstanceId,
            BusinessKey = businessKey,
            TaskId = taskId,
            TaskDefinitionKey = taskDefinitionKey,
        };

    /// <summary>A poll batch.</summary>
    /// <param name="events">The events.</param>
    /// <param name="lastSequence">The new checkpoint.</param>
    /// <param name="hasMore">Whether more are waiting.</param>
    public static WorkflowEventBatch WorkflowEventBatch(IReadOnlyList<WorkflowEvent> events, long lastSequence, bool hasMore = false)
        => new() { Data = events, LastSequence = lastSequence, HasMore = hasMore };

    /// <summary>An event subscription.</summary>
    /// <param name="id">The id.</param>
    /// <param name="callbackUrl">The URL.</param>
    /// <param name="eventTypes">The types.</param>
    public static EventSubscription EventSubscription(string id, Uri callbackUrl, IReadOnlyList<WorkflowEventType>? eventTypes = null)
        => new() { Id = id, CallbackUrl = callbackUrl, EventTypes = eventTypes ?? [] };
}
