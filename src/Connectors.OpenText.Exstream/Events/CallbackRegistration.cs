namespace Connectors.OpenText.Exstream;

/// <summary>A request to post events to a URL (assumed shape: OpenText publishes no callback API).</summary>
public sealed class CallbackRegistration
{
    /// <summary>The URL events are posted to.</summary>
    public required Uri Url { get; init; }

    /// <summary>The shared secret events are signed with (at least 16 characters); keep it out of logs.</summary>
    public required string Secret { get; init; }

    /// <summary>The event types wanted; all when empty.</summary>
    public IReadOnlyList<ExstreamEventType> EventTypes { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"CallbackRegistration({Url}, secret ***)";
}
