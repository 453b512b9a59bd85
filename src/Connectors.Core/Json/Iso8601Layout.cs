using static Connectors.Core.Json.Utf8Values;

namespace Connectors.Core.Json;

/// <summary>
/// The layout nearly every ISO 8601 date-time on the wire has, read straight from its UTF-8 bytes:
/// <c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction of one to seven digits, then nothing (UTC), <c>Z</c>, <c>±hh:mm</c> or
/// <c>±hhmm</c>. Anything else (white space, a lower-case <c>t</c>, an hour of 24, a leap second, eight fraction digits, a
/// date at the edge of the calendar) is not read here: <see cref="Iso8601Dates"/> hands it to
/// <see cref="DateTimeOffset.TryParse(ReadOnlySpan{char}, IFormatProvider?, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>,
/// whose result this one equals (value and offset) for every text it accepts.
/// </summary>
internal static class Iso8601Layout
{
    private static readonly long[] FractionScale = [0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    /// <summary>Reads <paramref name="utf8"/> when it has the common layout and is a valid date.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="value">The date.</param>
    /// <returns><see langword="false"/> when the text has another layout or is not a valid date (parse it the general way).</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (utf8.Length < 19
            || utf8[4] != '-' || utf8[7] != '-' || utf8[10] != 'T' || utf8[13] != ':' || utf8[16] != ':'
            || !TryParseTwoDigits(utf8, 0, out var century) || !TryParseTwoDigits(utf8, 2, out var yearInCentury)
            || !TryParseTwoDigits(utf8, 5, out var month) || !TryParseTwoDigits(utf8, 8, out var day)
            || !TryParseTwoDigits(utf8, 11, out var hour) || !TryParseTwoDigits(utf8, 14, out var minute) || !TryParseTwoDigits(utf8, 17, out var second))
        {
            return false;
        }

        // The calendar's edges (and the offsets that could carry a date past them) are left to the general parser.
        var year = (century * 100) + yearInCentury;
        if (year < 2 || year > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var at = 19;
        long fraction = 0;
        if (at < utf8.Length && utf8[at] == '.')
        {
            var digits = 0;
            for (at++; at < utf8.Length && (uint)(utf8[at] - '0') <= 9; at++)
            {
                if (++digits > 7)
                {
                    return false;
                }

                fraction = (fraction * 10) + (utf8[at] - '0');
            }

            if (digits == 0)
            {
                return false;
            }

            fraction *= FractionScale[digits];
        }

        if (!TryReadOffset(utf8[at..], out var offset))
        {
            return false;
        }

        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction), offset);
        return true;
    }

    // Nothing (UTC), "Z", "±hh:mm" or "±hhmm", at most 14 hours.
    private static bool TryReadOffset(ReadOnlySpan<byte> utf8, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (utf8.IsEmpty || utf8 is [(byte)'Z'])
        {
            return true;
        }

        var colon = utf8.Length == 6;
        if (utf8.Length is not (5 or 6) || utf8[0] is not ((byte)'+' or (byte)'-') || (colon && utf8[3] != ':')
            || !TryParseTwoDigits(utf8, 1, out var hours) || !TryParseTwoDigits(utf8, colon ? 4 : 3, out var minutes)
            || minutes > 59 || (hours * 60) + minutes > 14 * 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (utf8[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }
}
