namespace Connectors.OpenText.WorkflowService;

/// <summary>A link attachment on a task (the content lives elsewhere, e.g. a content service or a partner's document).</summary>
public sealed class TaskAttachment
{
    /// <summary>The attachment id.</summary>
    public required string Id { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>The content type or kind.</summary>
    public string? Type { get; set; }

    /// <summary>Where the content lives.</summary>
    public string? Url { get; set; }

    /// <summary>When it was attached.</summary>
    public DateTimeOffset? Time { get; set; }

    /// <summary>The task.</summary>
    public string? TaskId { get; set; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; set; }
}
