using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText;

/// <summary>
/// Reads the error bodies OpenText services send: <c>{"code","message","details"}</c> style bodies, Trading Grid's
/// <c>{"status","message","error-code"}</c> (the Cartographer collection's published error examples),
/// OAuth-style <c>{"error","error_description"}</c>, the API gateway's <c>{"fault":{"faultstring","detail":{"errorcode"}}}</c>,
/// and field errors as <c>{"errors":[{"field","message"}]}</c> or <c>{"fieldErrors":{"field":"message"}}</c>.
/// </summary>
public static class OpenTextErrorParser
{
    /// <summary>Parses a body; never throws for malformed input.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body text.</param>
    public static ErrorDetails Parse(int status, string body)
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

            if (root.TryGetProperty("fault", out var fault) && fault.ValueKind == JsonValueKind.Object)
            {
                var code = fault.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.Object ? Text(detail, "errorcode") : null;
                return new ErrorDetails(code, Text(fault, "faultstring"));
            }

            var errorCode = Text(root, "code") ?? Text(root, "errorCode") ?? Text(root, "error-code") ?? Text(root, "error");
            var message = Text(root, "message") ?? Text(root, "error_description") ?? Text(root, "detail") ?? Text(root, "title");
            return new ErrorDetails(errorCode, message, FieldErrors(root));
        }
        catch (JsonException)
        {
            return new ErrorDetails(null, body.Length > 200 ? body[..200] : body);
        }
    }

    private static List<FieldError>? FieldErrors(JsonElement root)
    {
        var result = new List<FieldError>();
        if (root.TryGetProperty("errors", out var errors))
        {
            if (errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
                {
                    result.Add(new FieldError(Text(item, "field") ?? Text(item, "name") ?? string.Empty, Text(item, "message") ?? string.Empty));
                }
            }
            else if (errors.ValueKind == JsonValueKind.Object)
            {
                result.AddRange(errors.EnumerateObject().Select(p => new FieldError(p.Name, p.Value.ToString())));
            }
        }

        if (root.TryGetProperty("fieldErrors", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            result.AddRange(fields.EnumerateObject().Select(p => new FieldError(p.Name, p.Value.ToString())));
        }

        return result.Count == 0 ? null : result;
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
