using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Core.Json;

/// <summary>
/// Reads and writes RFC 2822 dates (<c>Tue, 20 Nov 2012 00:00:00 +0000</c>), as BigCommerce's v2 API
/// sends them. Reading also accepts ISO 8601. Empty strings, JSON null and placeholder dates (year below 1)
/// read as <c>null</c> when the target is nullable.
/// </summary>
public sealed class Rfc2822DateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] Formats =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "dd MMM yyyy HH:mm:ss zzz",
        "d MMM yyyy HH:mm:ss zzz",
    ];

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, found {reader.TokenType}.");
        }

        var text = reader.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : Parse(text);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(Format(value.Value));
    }

    /// <summary>Formats a date as RFC 2822 in UTC.</summary>
    /// <param name="value">The date.</param>
    public static string Format(DateTimeOffset value)
        => value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    /// <summary>Parses an RFC 2822 or ISO 8601 date.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="JsonException">The text is not a date in either format.</exception>
    public static DateTimeOffset Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = NormalizeOffset(text.Trim());
        if (DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            return rfc;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso))
        {
            return iso;
        }

        throw new JsonException($"'{text}' is not an RFC 2822 or ISO 8601 date.");
    }

    // "+0000" → "+00:00" so the zzz specifier accepts it; "GMT"/"UT" → "+00:00".
    private static string NormalizeOffset(string text)
    {
        if (text.EndsWith(" GMT", StringComparison.Ordinal) || text.EndsWith(" UTC", StringComparison.Ordinal))
        {
            return text[..^4] + " +00:00";
        }

        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^4..].All(char.IsAsciiDigit))
        {
            return text[..^2] + ":" + text[^2..];
        }

        return text;
    }
}
