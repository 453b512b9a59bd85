namespace Connectors.OpenText.WorkflowService;

/// <summary>A comment on a process instance (published path) or on a task (assumed path).</summary>
public sealed class WorkflowComment
{
    /// <summary>The comment id.</summary>
    public required string Id { get; init; }

    /// <summary>The author.</summary>
    public string? Author { get; init; }

    /// <summary>The text.</summary>
    public string? Message { get; init; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The task, for a task comment.</summary>
    public string? TaskId { get; init; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; init; }
}
