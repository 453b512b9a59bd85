using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Dates as the Workflow Service (Flowable) writes them: ISO 8601, often with an offset without a colon
/// (<c>2020-04-17T10:17:43.902+0000</c>), which <see cref="DateTimeOffset.Parse(string)"/> alone rejects.
/// </summary>
public static class WorkflowDates
{
    /// <summary>Formats a date for the service: <c>yyyy-MM-ddTHH:mm:ss.fff+00:00</c>.</summary>
    /// <param name="value">The date.</param>
    public static string Format(DateTimeOffset value)
        => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO 8601 date with or without a colon in the offset; a date without an offset is UTC.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date.</param>
    public static bool TryParse(string? text, out DateTimeOffset value) => Iso8601Dates.TryParse(text, out value);
}

/// <summary>Reads Flowable dates (offset with or without colon) and writes ISO 8601.</summary>
public sealed class WorkflowDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, found {reader.TokenType}.");
        }

        return Iso8601Dates.TryRead(ref reader, out var value) ? value : throw new JsonException($"'{reader.GetString()}' is not an ISO 8601 date.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(WorkflowDates.Format(value));
    }
}
