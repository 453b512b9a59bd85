using System.Text.Json.Serialization;

namespace Connectors.OpenText.TradingGrid.Wire;

// Trading Grid: { code, message, details: [ { field, message } ] }; identity/OAuth: { error, error_description }.
internal sealed class ErrorBody
{
    public string? Code { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<ErrorDetail>? Details { get; init; }

    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}

internal sealed class ErrorDetail
{
    public string? Field { get; init; }

    public string? Message { get; init; }
}
