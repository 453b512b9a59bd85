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
}

public sealed record DateHolder([property: JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))] DateTimeOffset? At);

public sealed record MoneyHolder([property: JsonConverter(typeof(DecimalStringConverter))] decimal Amount);

public sealed record ColorHolder(Color Color);

[JsonConverter(typeof(ExtensibleEnumConverter<Color>))]
public readonly record struct Color(string Value) : IExtensibleEnum<Color>
{
    public static Color Red { get; } = new("red");

    public static Color Create(string value) => new(value);
}

[JsonSerializable(typeof(DateHolder))]
[JsonSerializable(typeof(MoneyHolder))]
[JsonSerializable(typeof(ColorHolder))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
internal sealed partial class ConverterJsonContext : JsonSerializerContext;
