namespace Connectors.Emulators.WorkflowService;

/// <summary>A deployed version of a process model.</summary>
/// <param name="Id">The definition id, <c>{key}:{version}:{guid}</c>.</param>
/// <param name="Version">The version, 1 for the first deployment of a key.</param>
/// <param name="DeploymentId">The deployment id.</param>
/// <param name="DeployTime">When it was deployed.</param>
/// <param name="Model">The model.</param>
public sealed record ProcessDefinitionEntry(string Id, int Version, string DeploymentId, DateTimeOffset DeployTime, ProcessModel Model)
{
    /// <summary>The definition key.</summary>
    public string Key => Model.Key;
}

/// <summary>A process instance, running or finished (the emulator keeps both; history reads the finished ones).</summary>
public sealed class ProcessInstanceEntry
{
    internal ProcessInstanceEntry(string id, ProcessDefinitionEntry definition, long sequence)
    {
        Id = id;
        Definition = definition;
        Sequence = sequence;
    }

    /// <summary>The instance id.</summary>
    public string Id { get; }

    /// <summary>The definition it runs on.</summary>
    public ProcessDefinitionEntry Definition { get; }

    /// <summary>The creation order, for stable sorting.</summary>
    public long Sequence { get; }

    /// <summary>The instance name.</summary>
    public string? Name { get; internal set; }

    /// <summary>The business key.</summary>
    public string? BusinessKey { get; internal set; }

    /// <summary>Who started it.</summary>
    public string? StartUserId { get; internal set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartTime { get; internal set; }

    /// <summary>When it ended (completed or deleted).</summary>
    public DateTimeOffset? EndTime { get; internal set; }

    /// <summary>The node it waits in (a user task id), or the end event it reached.</summary>
    public string? ActivityId { get; internal set; }

    /// <summary>Whether it is suspended.</summary>
    public bool Suspended { get; internal set; }

    /// <summary>Why it was deleted, when it was.</summary>
    public string? DeleteReason { get; internal set; }

    /// <summary>Whether it has ended.</summary>
    public bool Ended => EndTime is not null;

    /// <summary>The process variables, by name.</summary>
    public Dictionary<string, StoredVariable> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Comments on the instance, oldest first.</summary>
    public List<TaskComment> Comments { get; } = [];
}

/// <summary>A user task, open or finished.</summary>
public sealed class TaskEntry
{
    internal TaskEntry(string id, ProcessInstanceEntry instance, UserTaskNode node, long sequence)
    {
        Id = id;
        Instance = instance;
        Node = node;
        Sequence = sequence;
        Name = node.Name;
        Priority = node.Priority;
    }

    /// <summary>The task id.</summary>
    public string Id { get; }

    /// <summary>The process instance.</summary>
    public ProcessInstanceEntry Instance { get; }

    /// <summary>The model node (its id is the task definition key).</summary>
    public UserTaskNode Node { get; }

    /// <summary>The creation order.</summary>
    public long Sequence { get; }

    /// <summary>The task name.</summary>
    public string Name { get; internal set; }

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>The assignee.</summary>
    public string? Assignee { get; internal set; }

    /// <summary>The owner.</summary>
    public string? Owner { get; internal set; }

    /// <summary>The priority.</summary>
    public int Priority { get; internal set; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; internal set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreateTime { get; internal set; }

    /// <summary>When it was claimed.</summary>
    public DateTimeOffset? ClaimTime { get; internal set; }

    /// <summary>When it was completed or deleted.</summary>
    public DateTimeOffset? EndTime { get; internal set; }

    /// <summary>The outcome given at completion.</summary>
    public string? Outcome { get; internal set; }

    /// <summary>Why it was deleted (its instance was deleted).</summary>
    public string? DeleteReason { get; internal set; }

    /// <summary>Whether it has ended.</summary>
    public bool Ended => EndTime is not null;

    /// <summary>Comments on the task.</summary>
    public List<TaskComment> Comments { get; } = [];

    /// <summary>Attachments on the task.</summary>
    public List<TaskAttachment> Attachments { get; } = [];
}

/// <summary>A comment on a task.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="Author">The author.</param>
/// <param name="Message">The text.</param>
/// <param name="Time">When it was written.</param>
public sealed record TaskComment(string Id, string Author, string Message, DateTimeOffset Time);

/// <summary>A link attachment on a task.</summary>
/// <param name="Id">The attachment id.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">The description.</param>
/// <param name="Type">The content type or kind.</param>
/// <param name="Url">Where the content lives.</param>
/// <param name="Time">When it was attached.</param>
public sealed record TaskAttachment(string Id, string Name, string? Description, string? Type, string? Url, DateTimeOffset Time);

/// <summary>A process or task state change, as polled from <c>/events</c> and pushed to subscriptions.</summary>
/// <param name="Id">The event id.</param>
/// <param name="Sequence">The position in the event log (the poll checkpoint).</param>
/// <param name="Type">PROCESS_STARTED, TASK_COMPLETED, …</param>
/// <param name="Time">When it happened.</param>
/// <param name="Instance">The process instance.</param>
/// <param name="Task">The task, for task events.</param>
/// <param name="Assignee">The task's assignee when the event was raised.</param>
public sealed record WorkflowEvent(string Id, long Sequence, string Type, DateTimeOffset Time, ProcessInstanceEntry Instance, TaskEntry? Task, string? Assignee);

/// <summary>A registered callback.</summary>
/// <param name="Id">The subscription id.</param>
/// <param name="CallbackUrl">Where events are posted.</param>
/// <param name="Secret">The HMAC-SHA256 key.</param>
/// <param name="EventTypes">The event types; empty for all.</param>
/// <param name="CreateTime">When it was registered.</param>
public sealed record EventSubscription(string Id, Uri CallbackUrl, string Secret, IReadOnlyList<string> EventTypes, DateTimeOffset CreateTime);

/// <summary>One attempt to deliver an event to a subscription.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="EventId">The event.</param>
/// <param name="StatusCode">The receiver's status, or <c>null</c> when the request failed.</param>
/// <param name="Error">The failure, when there was one.</param>
public sealed record CallbackDelivery(string SubscriptionId, string EventId, int? StatusCode, string? Error);
