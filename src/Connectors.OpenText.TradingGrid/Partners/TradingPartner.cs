using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// A trading partner in the company's partner directory. OpenText publishes the directory's request, not its answer:
/// the properties below are assumed names, and everything else the service sends is kept in <see cref="AdditionalData"/>.
/// </summary>
public sealed class TradingPartner
{
    /// <summary>The partner's Trading Grid company id (BUID).</summary>
    public required string PartnerCompanyId { get; set; }

    /// <summary>The partner's name.</summary>
    public string PartnerCompanyName { get; set; } = string.Empty;

    /// <summary>The partner's EDI addresses (qualifier:id, e.g. <c>ZZ:DEMOSUPPLIER5</c>).</summary>
    public IReadOnlyList<string> TradingAddresses { get; set => field = value ?? []; } = [];

    /// <summary>The relationship status as Trading Grid reports it (e.g. <c>Active</c>, <c>Testing</c>).</summary>
    public string? Status { get; set; }

    /// <summary>ISO 3166 country code.</summary>
    public string? CountryCode { get; set; }

    /// <summary>Every other property of the answer, as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}
