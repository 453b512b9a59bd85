namespace Connectors.OpenText.TradingGrid;

/// <summary>Filters for listing the threads of a space.</summary>
public sealed class ThreadQuery
{
    /// <summary>Only threads in this status.</summary>
    public ThreadStatus? Status { get; init; }

    /// <summary>Only threads changed at or after this time.</summary>
    public DateTimeOffset? ModifiedSince { get; init; }
}
