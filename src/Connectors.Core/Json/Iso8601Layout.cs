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
            || !TryDigits(utf8, 0, 4, out var year) || !TryDigits(utf8, 5, 2, out var month) || !TryDigits(utf8, 8, 2, out var day)
            || !TryDigits(utf8, 11, 2, out var hour) || !TryDigits(utf8, 14, 2, out var minute) || !TryDigits(utf8, 17, 2, out var second))
        {
            return false;
        }

        // The calendar's edges (and the offsets that could carry a date past them) are left to the general parser.
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
            at++;
            while (at < utf8.Length && IsDigit(utf8[at]))
            {
                if (++digits > 7)
                {
                    return false;
                }

                fraction = (fraction * 10) + (utf8[at++] - '0');
            }

            if (digits == 0)
            {
                return false;
            }

            fraction *= FractionScale[digits];
        }

        var offset = TimeSpan.Zero;
        var rest = utf8[at..];
        if (rest.Length == 1 && rest[0] == 'Z')
        {
            rest = [];
        }
        else if (rest.Length is 5 or 6 && rest[0] is (byte)'+' or (byte)'-')
        {
            var colon = rest.Length == 6;
            if ((colon && rest[3] != ':')
                || !TryDigits(rest, 1, 2, out var offsetHours)
                || !TryDigits(rest, colon ? 4 : 3, 2, out var offsetMinutes)
                || offsetMinutes > 59
                || (offsetHours * 60) + offsetMinutes > 14 * 60)
            {
                return false;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (rest[0] == '-')
            {
                offset = -offset;
            }

            rest = [];
        }

        if (!rest.IsEmpty)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!IsDigit(utf8[i]))
            {
                return false;
            }

            value = (value * 10) + (utf8[i] - '0');
        }

        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
