using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>
/// Reads CCMA's timestamps in both published forms: Jackson's <c>2021-01-12T16:09:09.193+0000</c> (the forum examples,
/// no colon in the offset) and ISO 8601 <c>2003-08-04T03:37:26.578Z</c> (the case-data example); writes the first form.
/// A value that is no date is a <see cref="JsonException"/>, which the client turns into a typed error.
/// </summary>
internal sealed class CoreCaseDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDate(ref reader);

    /// <summary>Reads a date in either published form; anything else is a <see cref="JsonException"/>.</summary>
    public static DateTimeOffset ReadDate(ref Utf8JsonReader reader)
        => Iso8601Dates.TryRead(ref reader, out var value)
            ? value
            : throw new JsonException($"Expected a date-time such as 2021-01-12T16:09:09.193+0000, got {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(Format(value));

    /// <summary>Formats a date the way CCMA writes them: <c>2021-01-12T16:09:09.193+0000</c>.</summary>
    public static string Format(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";
}
