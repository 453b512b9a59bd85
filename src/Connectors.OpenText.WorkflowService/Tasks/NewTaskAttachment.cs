namespace Connectors.OpenText.WorkflowService;

/// <summary>A link attachment to add to a task.</summary>
public sealed class NewTaskAttachment
{
    /// <summary>The name (required).</summary>
    public required string Name { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>The content type or kind.</summary>
    public string? Type { get; set; }

    /// <summary>Where the content lives.</summary>
    public Uri? Url { get; set; }
}
