using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using static Connectors.Core.Json.Utf8Values;

namespace Connectors.Core.Json;

/// <summary>
/// Reads and writes RFC 2822 dates (<c>Tue, 20 Nov 2012 00:00:00 +0000</c>), as BigCommerce's v2 API
/// sends them. Reading also accepts ISO 8601. Empty strings, JSON null and placeholder dates (year below 1)
/// read as <c>null</c> when the target is nullable.
/// </summary>
/// <remarks>
/// The canonical form (<c>ddd, dd MMM yyyy HH:mm:ss ±hhmm</c>, what the API sends) is parsed straight from the
/// UTF-8 bytes without a string; anything else goes through <see cref="Parse(string)"/>.
/// </remarks>
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

        // a JSON encoder may escape the offset's sign ("\u002B0000", as System.Text.Json's default does): unescaped on the stack
        if (Utf8Values.TryGetString(in reader, stackalloc byte[Utf8Values.ScratchSize], out var utf8))
        {
            if (utf8.IsEmpty)
            {
                return null;
            }

            if (TryParseCanonical(utf8, out var value))
            {
                return value;
            }
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

    // "Tue, 05 Mar 2019 21:40:11 +0000": exactly 31 bytes. Any deviation (other layout, wrong day name, out-of-range
    // field) returns false so the string path decides, with the same result and the same errors as before.
    private static bool TryParseCanonical(ReadOnlySpan<byte> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length != 31 || s[3] != (byte)',' || s[4] != (byte)' ' || s[7] != (byte)' ' || s[11] != (byte)' '
            || s[16] != (byte)' ' || s[19] != (byte)':' || s[22] != (byte)':' || s[25] != (byte)' '
            || (s[26] != (byte)'+' && s[26] != (byte)'-'))
        {
            return false;
        }

        var month = Month(s.Slice(8, 3));
        if (month == 0
            || !TryParseTwoDigits(s, 5, out var day) || !TryParseTwoDigits(s, 12, out var century) || !TryParseTwoDigits(s, 14, out var yearInCentury)
            || !TryParseTwoDigits(s, 17, out var hour) || !TryParseTwoDigits(s, 20, out var minute) || !TryParseTwoDigits(s, 23, out var second)
            || !TryParseTwoDigits(s, 27, out var offsetHours) || !TryParseTwoDigits(s, 29, out var offsetMinutes))
        {
            return false;
        }

        var year = (century * 100) + yearInCentury;
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59
            || offsetHours > 14 || offsetMinutes > 59 || (offsetHours == 14 && offsetMinutes > 0))
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if (DayName(local.DayOfWeek) != ((s[0] << 16) | (s[1] << 8) | s[2]))
        {
            return false;
        }

        var utcTicks = local.Ticks - (s[26] == (byte)'-' ? -offset.Ticks : offset.Ticks);
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, s[26] == (byte)'-' ? -offset : offset);
        return true;
    }

    private static int Month(ReadOnlySpan<byte> m) => ((m[0] << 16) | (m[1] << 8) | m[2]) switch
    {
        0x4A616E => 1, // Jan
        0x466562 => 2, // Feb
        0x4D6172 => 3, // Mar
        0x417072 => 4, // Apr
        0x4D6179 => 5, // May
        0x4A756E => 6, // Jun
        0x4A756C => 7, // Jul
        0x417567 => 8, // Aug
        0x536570 => 9, // Sep
        0x4F6374 => 10, // Oct
        0x4E6F76 => 11, // Nov
        0x446563 => 12, // Dec
        _ => 0,
    };

    private static int DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => 0x4D6F6E,
        DayOfWeek.Tuesday => 0x547565,
        DayOfWeek.Wednesday => 0x576564,
        DayOfWeek.Thursday => 0x546875,
        DayOfWeek.Friday => 0x467269,
        DayOfWeek.Saturday => 0x536174,
        _ => 0x53756E,
    };

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
