using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>
/// Reads Trading Grid error bodies: the <c>{"status","message","error-code"}</c> shape of OpenText's Trading Grid
/// collections (Cartographer's published error examples), GraphQL <c>{"errors":[{"message","extensions":{"code"}}]}</c>
/// from Lens, and the OpenText shapes <see cref="OpenTextErrorParser"/> knows (gateway <c>fault</c>, OAuth2 <c>error</c>).
/// </summary>
internal static class TradingGridErrorParser
{
    public static ErrorDetails Parse(int status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                && first.TryGetProperty("message", out var message) && !first.TryGetProperty("field", out _))
            {
                var code = first.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                           && extensions.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String
                    ? c.GetString()
                    : null;
                return new ErrorDetails(code, message.ValueKind == JsonValueKind.String ? message.GetString() : message.GetRawText());
            }
        }
        catch (JsonException)
        {
            // Not JSON: the OpenText parser keeps the start of the text.
        }

        return OpenTextErrorParser.Parse(status, body);
    }
}
