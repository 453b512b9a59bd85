namespace Connectors.OpenText.WorkflowService;

/// <summary>A task as the history service records it (open or finished).</summary>
public sealed class HistoricTask
{
    /// <summary>The task id.</summary>
    public required string Id { get; init; }

    /// <summary>The task name.</summary>
    public string? Name { get; init; }

    /// <summary>The task's id in the process model.</summary>
    public string? TaskDefinitionKey { get; init; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; init; }

    /// <summary>The definition key.</summary>
    public string? ProcessDefinitionKey { get; init; }

    /// <summary>The business key.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Who worked on it.</summary>
    public string? Assignee { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When it was claimed.</summary>
    public DateTimeOffset? ClaimTime { get; init; }

    /// <summary>When it was completed or deleted; <c>null</c> while open.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>How long it was open.</summary>
    public long? DurationInMillis { get; init; }

    /// <summary>Why it was deleted (its instance was deleted); <c>null</c> when completed normally.</summary>
    public string? DeleteReason { get; init; }

    /// <summary>The outcome given at completion.</summary>
    public string? Outcome { get; init; }

    /// <summary>Whether it has finished.</summary>
    public bool Finished => EndTime is not null;
}
