using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>
/// Reads CCMA's timestamps in both published forms: Jackson's <c>2021-01-12T16:09:09.193+0000</c> (the forum examples,
/// no colon in the offset) and ISO 8601 <c>2003-08-04T03:37:26.578Z</c> (the case-data example); writes the first form.
/// A value that is no date is a <see cref="JsonException"/>, which the client turns into a typed error.
/// </summary>
internal sealed class CoreCaseDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxLength)
        {
            // read in place (a date per field of every case): the ASCII bytes widened into a stack buffer, no string
            Span<char> text = stackalloc char[MaxLength];
            var length = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, text);
            if (TryParse(text[..length], out var parsed))
            {
                return parsed;
            }
        }
        else if (reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var value))
        {
            return value;
        }

        throw new JsonException($"Expected a date-time such as 2021-01-12T16:09:09.193+0000, got {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(Format(value));

    /// <summary>Formats a date the way CCMA writes them: <c>2021-01-12T16:09:09.193+0000</c>.</summary>
    public static string Format(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && text.Length <= MaxLength && TryParse(text.AsSpan(), out value);
    }

    // The longest text read as a date: an ISO 8601 date-time with seven fraction digits and an offset is 33 characters.
    private const int MaxLength = 64;

    private static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.IsWhiteSpace())
        {
            return false;
        }

        if (text.Length > 5 && text[^5] is '+' or '-' && text[^3] != ':' && char.IsDigit(text[^1]))
        {
            // "+0000" → "+00:00" (DateTimeOffset wants the colon)
            Span<char> normalized = stackalloc char[MaxLength + 1];
            text[..^2].CopyTo(normalized);
            normalized[text.Length - 2] = ':';
            text[^2..].CopyTo(normalized[(text.Length - 1)..]);
            return DateTimeOffset.TryParse(normalized[..(text.Length + 1)], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
