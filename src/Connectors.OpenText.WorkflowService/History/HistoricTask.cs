namespace Connectors.OpenText.WorkflowService;

/// <summary>A task as the history service records it (open or finished).</summary>
public sealed class HistoricTask
{
    /// <summary>The task id.</summary>
    public required string Id { get; set; }

    /// <summary>The task name.</summary>
    public string? Name { get; set; }

    /// <summary>The task's id in the process model.</summary>
    public string? TaskDefinitionKey { get; set; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; set; }

    /// <summary>The definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary>The business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Who worked on it.</summary>
    public string? Assignee { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>When it was claimed.</summary>
    public DateTimeOffset? ClaimTime { get; set; }

    /// <summary>When it was completed or deleted; <c>null</c> while open.</summary>
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>How long it was open.</summary>
    public long? DurationInMillis { get; set; }

    /// <summary>Why it was deleted (its instance was deleted); <c>null</c> when completed normally.</summary>
    public string? DeleteReason { get; set; }

    /// <summary>The outcome given at completion.</summary>
    public string? Outcome { get; set; }

    /// <summary>Whether it has finished.</summary>
    public bool Finished => EndTime is not null;
}
