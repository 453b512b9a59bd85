using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Core.Json;

/// <summary>
/// Money sent as strings (<c>"12.5000"</c>) or numbers, read as <see cref="decimal"/> without floating-point
/// loss; written as a string with four decimals, as BigCommerce's v2 API expects.
/// </summary>
public sealed class DecimalStringConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.GetDecimal();
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return 0m;
                }

                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : throw new JsonException($"'{text}' is not a decimal amount.");
            default:
                throw new JsonException($"Expected a decimal amount, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("0.0000", CultureInfo.InvariantCulture));
    }
}

/// <summary>The nullable form of <see cref="DecimalStringConverter"/>: JSON null and empty strings read as <c>null</c>.</summary>
public sealed class NullableDecimalStringConverter : JsonConverter<decimal?>
{
    private static readonly DecimalStringConverter Inner = new();

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null
            || (reader.TokenType == JsonTokenType.String && string.IsNullOrWhiteSpace(reader.GetString())))
        {
            return null;
        }

        return Inner.Read(ref reader, typeof(decimal), options);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            Inner.Write(writer, value.Value, options);
        }
    }
}
