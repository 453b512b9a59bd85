namespace Connectors.OpenText.WorkflowService;

/// <summary>A registered callback for workflow events.</summary>
public sealed class EventSubscription
{
    /// <summary>The subscription id.</summary>
    public required string Id { get; set; }

    /// <summary>Where events are posted.</summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>The event types delivered; empty for all.</summary>
    public IReadOnlyList<WorkflowEventType> EventTypes { get; set => field = value ?? []; } = [];

    /// <summary>When it was registered.</summary>
    public DateTimeOffset? CreateTime { get; set; }
}
