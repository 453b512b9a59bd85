namespace Connectors.OpenText.TradingGrid;

/// <summary>A trading partner in the company's partner directory.</summary>
public sealed class TradingPartner
{
    /// <summary>The partner's Trading Grid company id (BUID).</summary>
    public required string PartnerCompanyId { get; init; }

    /// <summary>The partner's name.</summary>
    public required string PartnerCompanyName { get; init; }

    /// <summary>The partner's EDI addresses (qualifier:id, e.g. <c>ZZ:DEMOSUPPLIER5</c>).</summary>
    public IReadOnlyList<string> TradingAddresses { get; init => field = value ?? []; } = [];

    /// <summary>The relationship status as Trading Grid reports it (e.g. <c>Active</c>, <c>Testing</c>).</summary>
    public string? Status { get; init; }

    /// <summary>ISO 3166 country code.</summary>
    public string? CountryCode { get; init; }
}
