namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// Filters of the partner directory, exactly the three OpenText's Community Management collection shows
/// (<c>partnerCompanyId</c>, <c>partnerCompanyName</c>, <c>tradingAddress</c>). All optional.
/// </summary>
public sealed class PartnerQuery
{
    /// <summary>The partner's company id (BUID), sent as <c>partnerCompanyId</c>.</summary>
    public string? PartnerCompanyId { get; init; }

    /// <summary>The partner's name, sent as <c>partnerCompanyName</c> (e.g. <c>Verona Vittles</c>).</summary>
    public string? PartnerCompanyName { get; init; }

    /// <summary>An EDI address the partner uses, sent as <c>tradingAddress</c> (e.g. <c>ZZ:DEMOSUPPLIER5</c>).</summary>
    public string? TradingAddress { get; init; }
}
