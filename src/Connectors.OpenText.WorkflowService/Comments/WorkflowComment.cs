namespace Connectors.OpenText.WorkflowService;

/// <summary>A comment on a process instance (published path) or on a task (assumed path).</summary>
public sealed class WorkflowComment
{
    /// <summary>The comment id.</summary>
    public required string Id { get; set; }

    /// <summary>The author.</summary>
    public string? Author { get; set; }

    /// <summary>The text.</summary>
    public string? Message { get; set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset? Time { get; set; }

    /// <summary>The task, for a task comment.</summary>
    public string? TaskId { get; set; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; set; }
}
