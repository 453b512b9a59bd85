using System.Text.Json;
using System.Text.RegularExpressions;

namespace Connectors.Tests.Shared;

/// <summary>
/// Reads a Postman v2.1 collection (the vendors' own examples) into requests with <c>{{variables}}</c> resolved:
/// method, URL, enabled query parameters, enabled headers, auth, body (raw, urlencoded or GraphQL) and the test scripts
/// (which name the answer fields the vendor reads). Linked into the contract test projects.
/// </summary>
internal static partial class PostmanCollection
{
    public static IReadOnlyList<PostmanRequest> Load(string path, IReadOnlyDictionary<string, string>? variables = null)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("variable", out var collectionVariables))
        {
            foreach (var v in collectionVariables.EnumerateArray())
            {
                values[v.GetProperty("key").GetString()!] = v.TryGetProperty("value", out var value) ? value.ToString() : string.Empty;
            }
        }

        foreach (var (key, value) in variables ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var collectionAuth = root.TryGetProperty("auth", out var auth) && auth.ValueKind == JsonValueKind.Object ? auth : (JsonElement?)null;
        var result = new List<PostmanRequest>();
        Walk(root.GetProperty("item"), string.Empty, values, collectionAuth, result);
        return result;
    }

    /// <summary>The values of an environment file, for <see cref="Load"/>.</summary>
    public static Dictionary<string, string> Environment(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("key").GetString()!, v => v.GetProperty("value").GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Replaces <c>{{name}}</c> with the variable's value, repeatedly (variables may refer to variables).</summary>
    public static string Resolve(string text, IReadOnlyDictionary<string, string> values)
    {
        for (var i = 0; i < 5 && text.Contains("{{", StringComparison.Ordinal); i++)
        {
            text = VariablePattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
        }

        return text;
    }

    private static void Walk(JsonElement items, string folder, Dictionary<string, string> values, JsonElement? collectionAuth, List<PostmanRequest> result)
    {
        foreach (var item in items.EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            if (item.TryGetProperty("item", out var children))
            {
                Walk(children, folder + name + "/", values, collectionAuth, result);
                continue;
            }

            var request = item.GetProperty("request");
            var url = request.GetProperty("url");
            var raw = Resolve(url.ValueKind == JsonValueKind.String ? url.GetString()! : url.GetProperty("raw").GetString()!, values);
            var query = new List<KeyValuePair<string, string>>();
            if (url.ValueKind == JsonValueKind.Object && url.TryGetProperty("query", out var q))
            {
                query.AddRange(q.EnumerateArray()
                    .Where(p => !(p.TryGetProperty("disabled", out var d) && d.GetBoolean()) && p.GetProperty("key").GetString() is { Length: > 0 })
                    .Select(p => new KeyValuePair<string, string>(p.GetProperty("key").GetString()!, Resolve(p.GetProperty("value").GetString() ?? string.Empty, values))));
            }

            var headers = request.TryGetProperty("header", out var h)
                ? h.EnumerateArray()
                    .Where(p => !(p.TryGetProperty("disabled", out var d) && d.GetBoolean()))
                    .Select(p => new KeyValuePair<string, string>(p.GetProperty("key").GetString()!, Resolve(p.GetProperty("value").GetString() ?? string.Empty, values)))
                    .ToList()
                : [];

            var authElement = request.TryGetProperty("auth", out var a) ? a : collectionAuth;
            var authType = authElement?.GetProperty("type").GetString();
            var authValues = authType is not null && authElement!.Value.TryGetProperty(authType, out var parameters) && parameters.ValueKind == JsonValueKind.Array
                ? parameters.EnumerateArray()
                    .Where(p => p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
                    .ToDictionary(p => p.GetProperty("key").GetString()!, p => Resolve(p.GetProperty("value").GetString()!, values), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);

            string? mode = null, rawBody = null, graphQl = null;
            var form = new List<KeyValuePair<string, string>>();
            if (request.TryGetProperty("body", out var body) && body.TryGetProperty("mode", out var m))
            {
                mode = m.GetString();
                if (mode == "raw")
                {
                    rawBody = Resolve(body.GetProperty("raw").GetString() ?? string.Empty, values);
                }
                else if (mode == "urlencoded")
                {
                    form.AddRange(body.GetProperty("urlencoded").EnumerateArray()
                        .Where(p => !(p.TryGetProperty("disabled", out var d) && d.GetBoolean()))
                        .Select(p => new KeyValuePair<string, string>(p.GetProperty("key").GetString()!, Resolve(p.GetProperty("value").GetString() ?? string.Empty, values))));
                }
                else if (mode == "graphql")
                {
                    graphQl = Resolve(body.GetProperty("graphql").GetProperty("query").GetString() ?? string.Empty, values);
                }
            }

            var scripts = item.TryGetProperty("event", out var events)
                ? events.EnumerateArray()
                    .Where(e => e.GetProperty("listen").GetString() == "test" && e.GetProperty("script").TryGetProperty("exec", out _))
                    .SelectMany(e => e.GetProperty("script").GetProperty("exec").EnumerateArray().Select(l => l.GetString() ?? string.Empty))
                    .ToList()
                : [];

            result.Add(new PostmanRequest(folder + name, request.GetProperty("method").GetString()!, new Uri(raw.Split('?')[0]), query, headers, authType, authValues, mode, rawBody, form, graphQl, scripts));
        }
    }

    [GeneratedRegex(@"\{\{([^{}]+)\}\}")]
    private static partial Regex VariablePattern();
}

/// <summary>One request of a collection, variables resolved.</summary>
/// <param name="Name">Folder path and name.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The URL without its query string.</param>
/// <param name="Query">The enabled query parameters, in order.</param>
/// <param name="Headers">The enabled headers, in order.</param>
/// <param name="AuthType">The auth type (<c>basic</c>, <c>bearer</c>, <c>noauth</c>), if any.</param>
/// <param name="Auth">The auth parameters (<c>username</c>, <c>password</c>, <c>token</c>).</param>
/// <param name="BodyMode">The body mode (<c>raw</c>, <c>urlencoded</c>, <c>graphql</c>), if any.</param>
/// <param name="RawBody">The raw body.</param>
/// <param name="Form">The urlencoded fields, in order.</param>
/// <param name="GraphQl">The GraphQL query of a GraphQL body.</param>
/// <param name="TestScript">The lines of the test script: what the vendor reads from the answer.</param>
internal sealed record PostmanRequest(
    string Name,
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? AuthType,
    IReadOnlyDictionary<string, string> Auth,
    string? BodyMode,
    string? RawBody,
    IReadOnlyList<KeyValuePair<string, string>> Form,
    string? GraphQl,
    IReadOnlyList<string> TestScript);
