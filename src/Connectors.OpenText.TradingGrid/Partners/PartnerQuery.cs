namespace Connectors.OpenText.TradingGrid;

/// <summary>Filters for searching the partner directory; all optional, combined with AND.</summary>
public sealed class PartnerQuery
{
    /// <summary>Part of the partner's name.</summary>
    public string? Name { get; init; }

    /// <summary>An EDI address the partner uses, e.g. <c>ZZ:DEMOSUPPLIER5</c>.</summary>
    public string? TradingAddress { get; init; }
}
