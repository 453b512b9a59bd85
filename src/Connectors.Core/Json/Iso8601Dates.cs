using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Connectors.Core.Json;

/// <summary>
/// ISO 8601 date-times as Java services write them: with or without a colon in the offset (Jackson's
/// <c>2021-01-12T16:09:09.193+0000</c>, <c>2021-01-12T16:09:09.193+00:00</c>, <c>2021-01-12T16:09:09.193Z</c>); a date
/// without an offset is UTC. Read from a JSON string token without allocating a string.
/// </summary>
public static class Iso8601Dates
{
    // Longer than any ISO 8601 date-time (33 characters with seven fraction digits and an offset).
    private const int MaxLength = 64;

    /// <summary>Reads the current JSON string token of <paramref name="reader"/> as a date.</summary>
    /// <param name="reader">A reader on a string token.</param>
    /// <param name="value">The date.</param>
    /// <returns><see langword="false"/> when the token is not a string or not such a date.</returns>
    public static bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return TryParse(reader.GetString(), out value);
        }

        if (Iso8601Layout.TryRead(reader.ValueSpan, out value))
        {
            return true; // the common layout, straight from the bytes
        }

        Span<char> text = stackalloc char[MaxLength];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, text);
        return TryParse(text[..length], out value);
    }

    /// <summary>Parses such a date.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="value">The date.</param>
    /// <returns><see langword="false"/> when <paramref name="text"/> is not such a date.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && TryParse(text.AsSpan(), out value);
    }

    /// <summary>Parses such a date.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="value">The date.</param>
    /// <returns><see langword="false"/> when <paramref name="text"/> is not such a date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        text = text.Trim();
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        if (text.Length > 5 && text[^5] is '+' or '-' && IsAsciiDigits(text[^4..]))
        {
            // "+0000" → "+00:00": DateTimeOffset wants the colon.
            Span<char> normalized = stackalloc char[MaxLength + 1];
            text[..^2].CopyTo(normalized);
            normalized[text.Length - 2] = ':';
            text[^2..].CopyTo(normalized[(text.Length - 1)..]);
            return DateTimeOffset.TryParse(normalized[..(text.Length + 1)], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
