using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Reads Exstream's two error shapes (OpenText SDK <c>RestTemplateResponseErrorHandler</c> tries them in this order):
/// <c>{ timestamp, status, error, message, details, errorCode, path }</c> (<c>ExstreamErrorResponse</c>; the shared
/// OpenText parser reads code, message and field errors, this adds <c>details</c>), and the engine's
/// <c>{ status, data: [ { errorMessage, statusCode, engineOutputContext } ] }</c> (<c>OrchestrationErrorResonse</c>):
/// code = the first engine <c>statusCode</c>, message = every engine error with its queue and file.
/// </summary>
internal static class ExstreamErrorParser
{
    public static ErrorDetails Parse(int statusCode, string body)
    {
        if (EngineErrors.Read(body) is { Count: > 0 } engine)
        {
            return new ErrorDetails(engine.Select(e => e.StatusCode).FirstOrDefault(c => c is not null), EngineErrors.Describe(engine));
        }

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
