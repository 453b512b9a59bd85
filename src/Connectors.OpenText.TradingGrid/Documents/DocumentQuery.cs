namespace Connectors.OpenText.TradingGrid;

/// <summary>Filters for listing the documents of a space.</summary>
public sealed class DocumentQuery
{
    /// <summary>Only documents shared in this thread.</summary>
    public string? ThreadId { get; init; }

    /// <summary>Only documents of this type.</summary>
    public DocumentType? DocumentType { get; init; }

    /// <summary>Only documents shared at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }
}
