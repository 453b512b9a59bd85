namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>
/// A Trading Grid community event as the partner-workflow recipes carry it after their triggers: the webhook delivery and
/// the feed's poll twin both carry the vendor's <see cref="Connectors.OpenText.TradingGrid.TradingGridEvent"/>, mapped to this record.
/// </summary>
public sealed record PartnerEvent
{
    /// <summary>The Trading Grid event id.</summary>
    public required string EventId { get; init; }

    /// <summary>The event type, for example <c>thread.created</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The partner company (BUID) the event concerns.</summary>
    public string? PartnerCompanyId { get; init; }

    /// <summary>The community space.</summary>
    public string? SpaceId { get; init; }

    /// <summary>The thread.</summary>
    public string? ThreadId { get; init; }

    /// <summary>The post.</summary>
    public string? PostId { get; init; }

    /// <summary>The shared document.</summary>
    public string? DocumentId { get; init; }

    /// <summary>The failed B2B transaction.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The transaction error code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The onboarding submission.</summary>
    public string? SubmissionId { get; init; }
}

/// <summary>A Workflow Service process or task state change as the flow-back recipes receive it.</summary>
public sealed record WorkflowChange
{
    /// <summary>The event id.</summary>
    public required string EventId { get; init; }

    /// <summary>The event type, for example <c>TASK_COMPLETED</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The process instance.</summary>
    public required string ProcessInstanceId { get; init; }

    /// <summary>The process definition key.</summary>
    public string? ProcessDefinitionKey { get; init; }

    /// <summary>The business key the recipe started the process with.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>The task definition key, for task events.</summary>
    public string? TaskDefinitionKey { get; init; }

    /// <summary>The task name, for task events.</summary>
    public string? TaskName { get; init; }

    /// <summary>The task id, for task events.</summary>
    public string? TaskId { get; init; }

    /// <summary>The change's position in the service's event log (0 when unknown).</summary>
    public long Sequence { get; init; }

    /// <summary>The state this change stands for: the event type, plus the task key and id for task events.</summary>
    public string State => TaskId is null ? EventType : $"{EventType}:{TaskDefinitionKey}:{TaskId}";
}

/// <summary>The process a recipe started, journaled so a replay reuses it.</summary>
/// <param name="ProcessInstanceId">The process instance id.</param>
/// <param name="BusinessKey">Its business key.</param>
public sealed record StartedProcess(string ProcessInstanceId, string BusinessKey);

/// <summary>A partner-visible thread a recipe opened, journaled so a replay reuses it.</summary>
/// <param name="ThreadId">The thread id.</param>
public sealed record OpenedThread(string ThreadId);

/// <summary>A workflow change with the facts the recipe stored on its process.</summary>
/// <param name="Change">The change.</param>
/// <param name="Variables">The process variables (name → text).</param>
public sealed record WorkflowProgress(WorkflowChange Change, IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>A variable's text, or <see langword="null"/>.</summary>
    /// <param name="name">The variable.</param>
    public string? Get(string name) => Variables.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// What a recipe starts a process with: the partner, the thread where the partner hears back, and the variables.
/// Journaled between the "open thread" and "start process" steps.
/// </summary>
public sealed record WorkflowStart
{
    /// <summary>The business key (the row's idempotency key).</summary>
    public required string BusinessKey { get; init; }

    /// <summary>The partner company.</summary>
    public required string PartnerCompanyId { get; init; }

    /// <summary>The partner's community space.</summary>
    public required string SpaceId { get; init; }

    /// <summary>The thread the partner hears back in; opened by the recipe when the event has none.</summary>
    public string? ThreadId { get; init; }

    /// <summary>Title of the thread the recipe opens when there is none.</summary>
    public required string ThreadTitle { get; init; }

    /// <summary>First (partner-visible) post of that thread.</summary>
    public required string ThreadOpening { get; init; }

    /// <summary>Process variables (text).</summary>
    public Dictionary<string, string> Variables { get; init; } = [];
}
