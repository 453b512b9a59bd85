using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>
/// Maps both BigCommerce error bodies to <see cref="ErrorDetails"/>: v2 <c>[{"status":400,"message":"..."}]</c>
/// and v3 <c>{"status":422,"title":"...","type":"...","errors":{"field":"message"}}</c>.
/// </summary>
public static partial class BigCommerceErrorParser
{
    /// <summary>Parses an error body; never throws.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The response body (may be empty).</param>
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
            return root.ValueKind switch
            {
                JsonValueKind.Array => FromV2(root),
                JsonValueKind.Object when root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array => FromV2(data),
                JsonValueKind.Object => FromV3(root),
                _ => ErrorDetails.None,
            };
        }
        catch (JsonException)
        {
            return new ErrorDetails(null, body.Length > 200 ? body[..200] : body);
        }
    }

    private static ErrorDetails FromV2(JsonElement array)
    {
        var messages = new List<string>();
        var fields = new List<FieldError>();
        foreach (var item in array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            var message = Text(item, "message") ?? Text(item, "title") ?? Text(item, "error");
            if (message is null)
            {
                continue;
            }

            messages.Add(message);
            var field = QuotedField().Match(message);
            if (field.Success)
            {
                fields.Add(new FieldError(field.Groups[1].Value, message));
            }
        }

        return new ErrorDetails(null, messages.Count == 0 ? null : string.Join(" ", messages), fields.Count == 0 ? null : fields);
    }

    private static ErrorDetails FromV3(JsonElement root)
    {
        var fields = new List<FieldError>();
        if (root.TryGetProperty("errors", out var errors))
        {
            if (errors.ValueKind == JsonValueKind.Object)
            {
                fields.AddRange(errors.EnumerateObject().Select(p => new FieldError(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())));
            }
            else if (errors.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(errors.EnumerateArray().Select((e, i) => new FieldError(
                    e.ValueKind == JsonValueKind.Object ? Text(e, "field") ?? i.ToString(CultureInfo.InvariantCulture) : i.ToString(CultureInfo.InvariantCulture),
                    e.ValueKind == JsonValueKind.Object ? Text(e, "error") ?? Text(e, "message") ?? e.GetRawText() : e.ToString())));
            }
        }

        var message = Text(root, "title") ?? Text(root, "message") ?? Text(root, "detail");
        return new ErrorDetails(Text(root, "code"), message, fields.Count == 0 ? null : fields);
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

    [GeneratedRegex("'([a-z_][a-z0-9_.]*)'", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedField();
}
