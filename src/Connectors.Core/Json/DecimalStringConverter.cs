using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Core.Json;

/// <summary>
/// Money sent as strings (<c>"12.5000"</c>) or numbers, read as <see cref="decimal"/> without floating-point
/// loss; written as a string with four decimals, as BigCommerce's v2 API expects. Strings are parsed from their
/// UTF-8 bytes (no intermediate <see cref="string"/>) unless they are split across buffers or escaped at length.
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
                // Straight from the UTF-8 bytes (unescaped on the stack if need be): plain amounts by hand, the rest with
                // the same styles and culture as the string path; no string either way.
                if (Utf8Values.TryGetString(in reader, stackalloc byte[Utf8Values.ScratchSize], out var utf8))
                {
                    if (utf8.IsEmpty)
                    {
                        return 0m;
                    }

                    if (Utf8Values.TryParsePlainDecimal(utf8, out var parsed)
                        || decimal.TryParse(utf8, NumberStyles.Number, CultureInfo.InvariantCulture, out parsed))
                    {
                        return parsed;
                    }
                }

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
            || (reader.TokenType == JsonTokenType.String && IsBlank(ref reader)))
        {
            return null;
        }

        return Inner.Read(ref reader, typeof(decimal), options);
    }

    private static bool IsBlank(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return string.IsNullOrWhiteSpace(reader.GetString());
        }

        // Unescaped JSON strings hold no control characters: only spaces, or non-ASCII (other Unicode white space), can be blank.
        foreach (var b in reader.ValueSpan)
        {
            if (b >= 0x80)
            {
                return string.IsNullOrWhiteSpace(reader.GetString());
            }

            if (b != (byte)' ')
            {
                return false;
            }
        }

        return true;
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
