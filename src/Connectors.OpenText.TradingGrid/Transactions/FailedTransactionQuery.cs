namespace Connectors.OpenText.TradingGrid;

/// <summary>Which failed or held transactions to list.</summary>
/// <param name="Since">Only transactions whose status was set at or after this time.</param>
public sealed record FailedTransactionQuery(DateTimeOffset Since)
{
    /// <summary>Only transactions whose status was set before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Include held transactions as well as failed ones. Default true.</summary>
    public bool IncludeHeld { get; init; } = true;

    /// <summary>Only transactions sent to or received from this EDI address.</summary>
    public string? PartnerAddress { get; init; }

    /// <summary>Only these document types (e.g. 850, 856, 810); empty for all.</summary>
    public IReadOnlyList<EdiDocumentType> DocumentTypes { get; init => field = value ?? []; } = [];
}
