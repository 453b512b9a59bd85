using System.Text.Json;

namespace Connectors.Core.Json;

/// <summary>Reads string values as UTF-8 bytes for the converters, without a <see cref="string"/> on the common paths.</summary>
internal static class Utf8Values
{
    /// <summary>The longest escaped value <see cref="TryGetString"/> unescapes into its scratch buffer.</summary>
    public const int ScratchSize = 64;

    /// <summary>
    /// The current string value's UTF-8 bytes: the reader's own when the value is unescaped, else unescaped into
    /// <paramref name="scratch"/> (<see cref="ScratchSize"/> bytes) when it fits. <see langword="false"/> when the
    /// value is split across buffers or too long once escaped: the caller reads it as a string.
    /// </summary>
    public static bool TryGetString(in Utf8JsonReader reader, Span<byte> scratch, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        if (reader.HasValueSequence)
        {
            return false;
        }

        if (!reader.ValueIsEscaped)
        {
            utf8 = reader.ValueSpan;
            return true;
        }

        // an escape sequence is never shorter than what it stands for: the value fits when its escaped form does
        if (reader.ValueSpan.Length > scratch.Length)
        {
            return false;
        }

        utf8 = scratch[..reader.CopyString(scratch)];
        return true;
    }

    /// <summary>Reads the two ASCII digits at <paramref name="at"/> as a number; <see langword="false"/> when either is not a digit.</summary>
    public static bool TryParseTwoDigits(ReadOnlySpan<byte> s, int at, out int value)
    {
        var tens = s[at] - '0';
        var ones = s[at + 1] - '0';
        value = (tens * 10) + ones;
        return (uint)tens <= 9 && (uint)ones <= 9;
    }

    /// <summary>
    /// Parses plain amounts (<c>12.5000</c>, <c>-3</c>: an optional minus, digits, at most one point with digits on
    /// both sides, at most 19 digits) keeping the scale, as <see cref="decimal.Parse(string, IFormatProvider)"/> does.
    /// Anything else (spaces, separators, signs, exponents, negative zero, longer numbers) returns
    /// <see langword="false"/> for the general parser to decide.
    /// </summary>
    public static bool TryParsePlainDecimal(ReadOnlySpan<byte> s, out decimal value)
    {
        value = 0m;
        var negative = s.Length > 0 && s[0] == (byte)'-';
        ulong mantissa = 0;
        var digits = 0;
        var scale = -1; // -1 until the point
        for (var i = negative ? 1 : 0; i < s.Length; i++)
        {
            var digit = (uint)(s[i] - '0');
            if (digit <= 9)
            {
                if (++digits > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (s[i] == (byte)'.' && scale < 0 && digits > 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || scale == 0 || (negative && mantissa == 0))
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }
}
