using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>
/// The Create User body's flags (<c>"Yes"</c>/<c>"No"</c>), read leniently from an answer OpenText does not publish:
/// <c>Yes</c>/<c>No</c> in any case, or a JSON boolean; anything else is a <see cref="JsonException"/>. Written as sent.
/// </summary>
internal sealed class YesNoConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.String when reader.ValueTextEquals("Yes"u8) || reader.ValueTextEquals("yes"u8) || reader.ValueTextEquals("YES"u8) => true,
            JsonTokenType.String when reader.ValueTextEquals("No"u8) || reader.ValueTextEquals("no"u8) || reader.ValueTextEquals("NO"u8) => false,
            _ => throw new JsonException($"Expected Yes or No, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteStringValue(flag ? "Yes" : "No");
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
