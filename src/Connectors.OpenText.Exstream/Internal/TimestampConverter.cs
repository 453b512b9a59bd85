using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Reads DAS timestamps: milliseconds since the Unix epoch, as DAS writes its <c>java.util.Date</c> fields
/// (<c>"createdDate":1628687781798</c> in OpenText's export packages), or an ISO 8601 string. Writes milliseconds.
/// </summary>
internal sealed class TimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out var ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms),
            JsonTokenType.String when DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var text) => DateTimeOffset.FromUnixTimeMilliseconds(text),
            _ => throw new JsonException($"Expected milliseconds since the epoch or an ISO 8601 date, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteNumberValue(v.ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
