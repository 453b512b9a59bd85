namespace Connectors.OpenText.TradingGrid;

/// <summary>One read of the event feed. Store <see cref="Checkpoint"/> and pass it to the next read.</summary>
public sealed class EventBatch
{
    /// <summary>The events, oldest first.</summary>
    public IReadOnlyList<TradingGridEvent> Events { get; set => field = value ?? []; } = [];

    /// <summary>Where the next read starts; unchanged when there was nothing new.</summary>
    public required string Checkpoint { get; set; }

    /// <summary>Whether more events are waiting (read again at once).</summary>
    public bool HasMore { get; set; }
}
