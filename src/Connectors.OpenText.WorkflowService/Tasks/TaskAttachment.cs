namespace Connectors.OpenText.WorkflowService;

/// <summary>A link attachment on a task (the content lives elsewhere, e.g. a content service or a partner's document).</summary>
public sealed class TaskAttachment
{
    /// <summary>The attachment id.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The content type or kind.</summary>
    public string? Type { get; init; }

    /// <summary>Where the content lives.</summary>
    public string? Url { get; init; }

    /// <summary>When it was attached.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The task.</summary>
    public string? TaskId { get; init; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; init; }
}
