namespace Connectors.OpenText.Exstream;

/// <summary>A registered callback (assumed shape: OpenText publishes no callback API).</summary>
public sealed class CallbackSubscription
{
    /// <summary>The subscription id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The URL events are posted to.</summary>
    public Uri? Url { get; init; }

    /// <summary>The event types it receives; all when empty.</summary>
    public IReadOnlyList<ExstreamEventType> EventTypes { get; init; } = [];

    /// <summary>When it was registered.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
