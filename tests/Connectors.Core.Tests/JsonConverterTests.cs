using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.Core.Tests;

public class JsonConverterTests
{
    [Theory]
    [InlineData("\"Tue, 20 Nov 2012 00:00:00 +0000\"", 2012, 11, 20, 0)]
    [InlineData("\"Wed, 5 Mar 2025 14:30:15 -0500\"", 2025, 3, 5, -5)]
    [InlineData("\"2024-01-02T03:04:05Z\"", 2024, 1, 2, 0)]
    public void Rfc2822_and_iso_dates_are_read(string json, int year, int month, int day, int offsetHours)
    {
        var holder = JsonSerializer.Deserialize($$"""{"at":{{json}}}""", ConverterJsonContext.Default.DateHolder)!;

        Assert.NotNull(holder.At);
        Assert.Equal(new DateTimeOffset(year, month, day, holder.At!.Value.Hour, holder.At.Value.Minute, holder.At.Value.Second, TimeSpan.FromHours(offsetHours)), holder.At.Value);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void Empty_dates_read_as_null(string json)
    {
        var holder = JsonSerializer.Deserialize($$"""{"at":{{json}}}""", ConverterJsonContext.Default.DateHolder)!;

        Assert.Null(holder.At);
    }

    [Theory]
    [InlineData("Tue, 20 Nov 2012 00:00:00 +0000")]
    [InlineData("Thu, 29 Feb 2024 23:59:59 -0930")]
    [InlineData("Mon, 11 Mar 2019 15:17:25 +1400")]
    [InlineData("Mon, 01 Jan 0001 00:00:00 +0000")]
    [InlineData("Fri, 31 Dec 9999 23:59:59 +0000")]
    [InlineData("Wed, 20 Nov 2012 00:00:00 +0000")] // wrong day name: the string path decides
    [InlineData("Tue, 20 nov 2012 00:00:00 +0000")] // lower-case month: the string path decides
    [InlineData("Tue, 20 Nov 2012 00:00:00 GMT")]
    [InlineData(" Tue, 20 Nov 2012 00:00:00 +0000 ")]
    public void The_utf8_date_path_reads_what_the_string_path_reads(string text)
    {
        var expected = Outcome(() => Rfc2822DateTimeOffsetConverter.Parse(text));
        var fromBytes = Outcome(() => JsonSerializer.Deserialize("{\"at\":\"" + text + "\"}", ConverterJsonContext.Default.DateHolder)!.At!.Value);
        var escaped = Outcome(() => JsonSerializer.Deserialize("{\"at\":\"" + text.Replace("+", "\\u002B", StringComparison.Ordinal) + "\"}", ConverterJsonContext.Default.DateHolder)!.At!.Value);

        Assert.Equal(expected, fromBytes);
        Assert.Equal(expected, escaped);
        if (expected.Value is DateTimeOffset value)
        {
            Assert.Equal(value.Offset, ((DateTimeOffset)fromBytes.Value!).Offset);
        }
    }

    [Fact]
    public void An_impossible_canonical_date_is_still_a_json_error()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"at":"Fri, 31 Feb 2024 00:00:00 +0000"}""", ConverterJsonContext.Default.DateHolder));

    [Fact]
    public void A_garbage_date_is_a_json_error()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"at":"not a date"}""", ConverterJsonContext.Default.DateHolder));

    [Fact]
    public void Dates_are_written_as_rfc2822_in_utc()
    {
        var json = JsonSerializer.Serialize(new DateHolder(new DateTimeOffset(2012, 11, 20, 1, 2, 3, TimeSpan.FromHours(1))), ConverterJsonContext.Default.DateHolder);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("Tue, 20 Nov 2012 00:02:03 +0000", document.RootElement.GetProperty("at").GetString());
    }

    [Theory]
    [InlineData("\"12.5000\"", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("\"0.1\"", "0.1")]
    [InlineData("\"1234567890.1234\"", "1234567890.1234")]
    public void Money_strings_and_numbers_read_as_exact_decimals(string json, string expected)
    {
        var holder = JsonSerializer.Deserialize($$"""{"amount":{{json}}}""", ConverterJsonContext.Default.MoneyHolder)!;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), holder.Amount);
    }

    [Theory]
    [InlineData("\"1.0000000000\"", "1.0000000000")]
    [InlineData("\" 12.50 \"", "12.50")]
    [InlineData("\"1,234.50\"", "1234.50")]
    [InlineData("\"-0.0100\"", "-0.0100")]
    [InlineData("\"\\u0031\\u0032.5\"", "12.5")]
    [InlineData("\"\"", "0")]
    public void Money_read_from_utf8_keeps_the_string_paths_value_and_scale(string json, string expected)
    {
        var holder = JsonSerializer.Deserialize($$"""{"amount":{{json}}}""", ConverterJsonContext.Default.MoneyHolder)!;

        Assert.Equal(expected, holder.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Money_read_by_hand_matches_decimal_parse_bit_for_bit()
    {
        // Plain amounts take a hand-written path; everything here must read exactly (value, scale, sign) as
        // decimal.Parse with the string path's styles reads it, or fail where it fails.
        string[] fixedCases =
        [
            "0", "-0", "-0.00", "00012.5000", "9999999999999999999", "99999999999999999999", "1844674407370955161.5",
            "-1234567890123456789", "0.0000000000000000001", "1.", ".5", "-.5", "-", "1..2", "1.2.3", "+1.5", "1e5",
            "1,000.25", " 1.5", "1.5 ", "12.34567890123456789", "٣", "7.0000000000",
        ];
        var random = new Random(2112);
        var generated = Enumerable.Range(0, 5000).Select(_ =>
        {
            var integer = new string(Enumerable.Range(0, random.Next(1, 21)).Select(_ => (char)('0' + random.Next(10))).ToArray());
            var fraction = random.Next(3) == 0 ? string.Empty : "." + new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)('0' + random.Next(10))).ToArray());
            return (random.Next(4) == 0 ? "-" : string.Empty) + integer + fraction;
        });

        foreach (var text in fixedCases.Concat(generated))
        {
            var expected = decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : (decimal?)null;
            decimal? actual;
            try
            {
                actual = JsonSerializer.Deserialize("{\"amount\":\"" + text + "\"}", ConverterJsonContext.Default.MoneyHolder)!.Amount;
            }
            catch (JsonException)
            {
                actual = null;
            }

            Assert.True(
                expected is null ? actual is null : actual is not null && decimal.GetBits(expected.Value).SequenceEqual(decimal.GetBits(actual.Value)),
                $"'{text}': expected {expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an error"}, read {actual?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an error"}");
        }
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    [InlineData("\"   \"", null)]
    [InlineData("\"\\t\"", null)]
    [InlineData("\"\u00a0\"", null)]
    [InlineData("\"2.50\"", "2.50")]
    public void Blank_nullable_money_reads_as_null(string json, string? expected)
    {
        var holder = JsonSerializer.Deserialize($$"""{"amount":{{json}}}""", ConverterJsonContext.Default.NullableMoneyHolder)!;

        Assert.Equal(expected, holder.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Money_is_written_as_a_string_with_four_decimals()
        => Assert.Equal("""{"amount":"12.5000"}""", JsonSerializer.Serialize(new MoneyHolder(12.5m), ConverterJsonContext.Default.MoneyHolder));

    [Fact]
    public void Bad_money_is_a_json_error()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"amount":"twelve"}""", ConverterJsonContext.Default.MoneyHolder));

    [Fact]
    public void Unknown_enum_values_are_kept_not_thrown()
    {
        var holder = JsonSerializer.Deserialize("""{"color":"ultraviolet"}""", ConverterJsonContext.Default.ColorHolder)!;

        Assert.Equal("ultraviolet", holder.Color.Value);
        Assert.NotEqual(Color.Red, holder.Color);
        Assert.Equal(Color.Red, JsonSerializer.Deserialize("""{"color":"red"}""", ConverterJsonContext.Default.ColorHolder)!.Color);
        Assert.Equal("""{"color":"ultraviolet"}""", JsonSerializer.Serialize(holder, ConverterJsonContext.Default.ColorHolder));
    }

    [Fact]
    public void Malformed_payloads_become_typed_errors()
    {
        var error = Assert.Throws<ConnectorSerializationException>(() => ConnectorJson.Deserialize("{\"color\":"u8, ConverterJsonContext.Default.ColorHolder, "Test"));

        Assert.Equal("Test", error.System);
        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public void Oversized_payloads_are_refused_before_parsing()
        => Assert.Throws<ConnectorSerializationException>(() => ConnectorJson.Deserialize(new byte[2048], ConverterJsonContext.Default.ColorHolder, "Test", maxBytes: 1024));

    [Fact]
    public void Json_null_is_a_typed_error()
        => Assert.Throws<ConnectorSerializationException>(() => ConnectorJson.Deserialize("null"u8, ConverterJsonContext.Default.ColorHolder, "Test"));

    private static (object? Value, Type? Error) Outcome(Func<DateTimeOffset> read)
    {
        try
        {
            return (read(), null);
        }
        catch (JsonException e)
        {
            return (null, e.GetType());
        }
    }

    [Theory]
    [InlineData("\"2021-01-12T16:09:09.193+0000\"", 0)]
    [InlineData("\"2021-01-12T21:39:09.193+0530\"", 330)]
    [InlineData("\"2021-01-12T10:39:09.193-05:30\"", -330)]
    [InlineData("\"2021-01-12T16:09:09.193Z\"", 0)]
    [InlineData("\"2021-01-12T16:09:09.193\"", 0)]                 // no offset: UTC
    [InlineData("\" 2021-01-12T16:09:09.193+0000 \"", 0)]          // surrounding spaces
    [InlineData("\"2021-01-12T16:09:09.193\\u002B0000\"", 0)]     // an escaped '+'
    public void Iso8601_dates_are_read_with_or_without_a_colon_in_the_offset(string json, int offsetMinutes)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.True(Iso8601Dates.TryRead(ref reader, out var value));
        Assert.Equal(new DateTimeOffset(2021, 1, 12, 16, 9, 9, 193, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("\"2021-13-45T99:09:09+0000\"")]
    [InlineData("1610467749193")]
    [InlineData("null")]
    public void Iso8601_dates_refuse_what_is_no_such_date(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.False(Iso8601Dates.TryRead(ref reader, out _));
    }
}

public sealed class Iso8601LayoutTests
{
    // The bytes are read straight for the common layout and by DateTimeOffset.TryParse otherwise; for every text, the
    // reader must give what the general parse (Iso8601Dates.TryParse on the string) gives: the same answer, instant and offset.
    [Fact]
    public void Reading_from_the_bytes_equals_the_general_parse_for_every_text()
    {
        var random = new Random(20261206);
        var checkedTexts = 0;
        foreach (var text in Texts(random))
        {
            var json = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(text));
            var reader = new Utf8JsonReader(json);
            reader.Read();
            var fromBytes = Iso8601Dates.TryRead(ref reader, out var read);
            var general = Iso8601Dates.TryParse(text, out var parsed);

            Assert.True(fromBytes == general, $"'{text}': from the bytes {fromBytes}, general {general}");
            Assert.True(read.EqualsExact(parsed), $"'{text}': from the bytes {read:o}, general {parsed:o}");
            checkedTexts++;
        }

        Assert.True(checkedTexts > 20_000);
    }

    [Theory]
    [InlineData("2026-11-30T08:00:00.000+0000", "2026-11-30T08:00:00.0000000+00:00")]
    [InlineData("2026-11-30T08:00:00.1234567-14:00", "2026-11-30T08:00:00.1234567-14:00")]
    [InlineData("2026-11-30T08:00:00.5+1400", "2026-11-30T08:00:00.5000000+14:00")]
    [InlineData("2024-02-29T23:59:59Z", "2024-02-29T23:59:59.0000000+00:00")]
    [InlineData("2026-11-30T08:00:00", "2026-11-30T08:00:00.0000000+00:00")]
    public void The_common_layout_is_read_exactly(string text, string expected)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes($"\"{text}\""));
        reader.Read();

        Assert.True(Iso8601Dates.TryRead(ref reader, out var value));
        Assert.Equal(expected, value.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> Texts(Random random)
    {
        string[] offsets = ["", "Z", "z", "+00:00", "-00:00", "+0000", "+05:30", "-0530", "+14:00", "-1400", "+14:01", "+1460", "+5", "+05", "+05:3", "+05:300", " +05:30", "+05:30 ", "-12:45", "+05:60", "-0160", "+15:00"];
        for (var i = 0; i < 30_000; i++)
        {
            var year = random.Next(10) == 0 ? random.Next(0, 10_000) : random.Next(1990, 2100);
            var month = random.Next(20) == 0 ? random.Next(0, 100) : random.Next(1, 13);
            var day = random.Next(20) == 0 ? random.Next(0, 100) : random.Next(1, 32);
            var hour = random.Next(20) == 0 ? random.Next(0, 100) : random.Next(0, 24);
            var minute = random.Next(20) == 0 ? random.Next(0, 100) : random.Next(0, 60);
            var second = random.Next(20) == 0 ? random.Next(0, 100) : random.Next(0, 60);
            var digits = random.Next(10);
            var fraction = digits == 0 ? (random.Next(8) == 0 ? "." : string.Empty) : "." + string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + random.Next(10))));
            var text = $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}{fraction}{offsets[random.Next(offsets.Length)]}";
            if (random.Next(10) == 0)
            {
                // one character anywhere replaced by another that dates are made of
                var chars = text.ToCharArray();
                chars[random.Next(chars.Length)] = "0123456789-:T.+Z t"[random.Next(18)];
                text = new string(chars);
            }

            yield return text;
        }

        // the calendar's edges
        yield return "0001-01-01T00:00:00Z";
        yield return "0001-01-01T00:00:00+01:00";
        yield return "0001-01-01T00:00:00-01:00";
        yield return "9999-12-31T23:59:59.9999999Z";
        yield return "9999-12-31T23:59:59.9999999-01:00";
        yield return "9999-12-31T23:59:59.9999999+01:00";
        yield return "2026-02-29T00:00:00Z";
        yield return "2026-11-30T24:00:00Z";
        yield return "2026-11-30T23:59:60Z";
        yield return "2026-11-30T08:00:00.12345678Z";
    }
}

public sealed record DateHolder([property: JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))] DateTimeOffset? At);

public sealed record MoneyHolder([property: JsonConverter(typeof(DecimalStringConverter))] decimal Amount);

public sealed record NullableMoneyHolder([property: JsonConverter(typeof(NullableDecimalStringConverter))] decimal? Amount);

public sealed record ColorHolder(Color Color);

[JsonConverter(typeof(ExtensibleEnumConverter<Color>))]
public readonly record struct Color(string Value) : IExtensibleEnum<Color>
{
    public static Color Red { get; } = new("red");

    public static Color Create(string value) => new(value);

}

[JsonSerializable(typeof(DateHolder))]
[JsonSerializable(typeof(MoneyHolder))]
[JsonSerializable(typeof(NullableMoneyHolder))]
[JsonSerializable(typeof(ColorHolder))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
internal sealed partial class ConverterJsonContext : JsonSerializerContext;
