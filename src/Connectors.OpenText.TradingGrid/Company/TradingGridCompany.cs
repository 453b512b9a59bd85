using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// The company (BUID) the client works for. OpenText publishes the "Retrieve Company" request, not its answer: the
/// two properties below are assumed names, and the rest of the answer is kept in <see cref="AdditionalData"/>.
/// </summary>
public sealed class TradingGridCompany
{
    /// <summary>The company's Trading Grid id (BUID).</summary>
    public string? CompanyId { get; set; }

    /// <summary>The company's name.</summary>
    public string? CompanyName { get; set; }

    /// <summary>Every other property of the answer, as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}
