namespace Connectors.OpenText.TradingGrid;

/// <summary>Filters for listing the posts of a thread.</summary>
public sealed class PostQuery
{
    /// <summary>Only posts written at or after this time (inclusive: de-duplicate by post id when polling).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only posts with this visibility.</summary>
    public PostVisibility? Visibility { get; init; }
}
