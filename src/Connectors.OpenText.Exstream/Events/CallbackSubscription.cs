namespace Connectors.OpenText.Exstream;

/// <summary>A registered callback (assumed shape: OpenText publishes no callback API).</summary>
public sealed class CallbackSubscription
{
    /// <summary>The subscription id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The URL events are posted to.</summary>
    public Uri? Url { get; set; }

    /// <summary>The event types it receives; all when empty.</summary>
    public IReadOnlyList<ExstreamEventType> EventTypes { get; set; } = [];

    /// <summary>When it was registered.</summary>
    public DateTimeOffset? CreatedAt { get; set; }
}
