using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Reads Exstream's error body <c>{ timestamp, status, error, message, details, errorCode, path }</c>
/// (OpenText SDK <c>ExstreamErrorResponse</c>) plus an optional <c>errors: [{ field, message }]</c>.
/// </summary>
internal static class ExstreamErrorParser
{
    public static ErrorDetails Parse(int statusCode, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ErrorDetails.None;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ErrorDetails.None;
            }

            var code = root.TryGetProperty("errorCode", out var c)
                ? c.ValueKind switch
                {
                    JsonValueKind.Number => c.GetRawText(),
                    JsonValueKind.String => c.GetString(),
                    _ => null,
                }
                : null;
            var message = Text(root, "message") ?? Text(root, "error_description") ?? Text(root, "error");
            var details = Text(root, "details");
            if (details is not null && message is not null && !message.Contains(details, StringComparison.Ordinal))
            {
                message = $"{message} ({details})";
            }

            var fields = new List<FieldError>();
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind == JsonValueKind.Object && Text(error, "field") is { } field)
                    {
                        fields.Add(new FieldError(field, Text(error, "message") ?? string.Empty));
                    }
                }
            }

            return new ErrorDetails(code, message, fields);
        }
        catch (JsonException)
        {
            return ErrorDetails.None;
        }
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
