using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Exstream's error body is <c>{ timestamp, status, error, message, details, errorCode, path }</c> (OpenText SDK
/// <c>ExstreamErrorResponse</c>): the shared OpenText parser reads code, message and field errors; this adds
/// <c>details</c> to the message.
/// </summary>
internal static class ExstreamErrorParser
{
    public static ErrorDetails Parse(int statusCode, string body)
    {
        var parsed = OpenTextErrorParser.Parse(statusCode, body);
        var details = Details(body);
        return details is null || parsed.Message is null || parsed.Message.Contains(details, StringComparison.Ordinal)
            ? parsed
            : parsed with { Message = $"{parsed.Message} ({details})" };
    }

    private static string? Details(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("details", out var details)
                   && details.ValueKind == JsonValueKind.String
                ? details.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
