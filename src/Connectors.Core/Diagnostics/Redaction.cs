using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Connectors.Core.Diagnostics;

/// <summary>
/// The recorder's redaction rules (docs/verify-against-your-tenant.md lists them). A JSON field or query parameter is
/// redacted when its name, lower-cased without <c>_</c>, <c>-</c> and <c>.</c>, contains one of <see cref="SecretNames"/>
/// or equals or ends with one of <see cref="PersonalNames"/>; any string value that looks like an e-mail address, a bearer token
/// or a JWT is redacted wherever it is. Request headers and bodies are never recorded.
/// </summary>
public static partial class Redaction
{
    /// <summary>What a redacted value becomes.</summary>
    public const string Placeholder = "REDACTED";

    /// <summary>Name parts of secrets: a field whose name contains one is redacted.</summary>
    public static IReadOnlyList<string> SecretNames { get; } =
        ["token", "secret", "password", "passwd", "apikey", "authorization", "credential", "signature", "sessionid", "cookie", "clientid", "privatekey"];

    /// <summary>Personal-data field names: a field whose name equals or ends with one is redacted.</summary>
    public static IReadOnlyList<string> PersonalNames { get; } =
    [
        "email", "emailaddress", "phone", "phonenumber", "mobile", "fax",
        "firstname", "lastname", "fullname", "displayname", "givenname", "familyname", "middlename", "username", "loginid", "contactname",
        "street", "street1", "street2", "address", "address1", "address2", "addressline1", "addressline2", "city", "zip", "postcode", "postalcode",
        "dateofbirth", "birthdate", "taxid", "ssn", "ipaddress",
    ];

    /// <summary>Whether a field or parameter of this name is redacted.</summary>
    /// <param name="name">The name as on the wire.</param>
    public static bool IsRedacted(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return SecretNames.Any(s => key.Contains(s, StringComparison.Ordinal))
               || PersonalNames.Any(p => key == p || key.EndsWith(p, StringComparison.Ordinal));
    }

    /// <summary>Redacts a JSON document in place and returns it.</summary>
    /// <param name="node">The document.</param>
    public static JsonNode? Apply(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var value = obj[name];
                    if (IsRedacted(name) && value is not null and not JsonObject and not JsonArray)
                    {
                        obj[name] = Placeholder;
                    }
                    else if (IsRedacted(name) && value is JsonObject or JsonArray && SecretNames.Any(s => name.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    {
                        obj[name] = Placeholder;
                    }
                    else if (Apply(value) is var redacted && !ReferenceEquals(redacted, value))
                    {
                        obj[name] = redacted;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Apply(array[i]) is var redacted && !ReferenceEquals(redacted, array[i]))
                    {
                        array[i] = redacted;
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && LooksSensitive(text):
                return JsonValue.Create(Placeholder);
            default:
                return node;
        }
    }

    /// <summary>Redacts a plain-text body (not JSON): e-mail addresses, bearer tokens and JWTs.</summary>
    /// <param name="text">The text.</param>
    public static string ApplyToText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Email().Replace(text, Placeholder);
        text = Bearer().Replace(text, "Bearer " + Placeholder);
        return Jwt().Replace(text, Placeholder);
    }

    /// <summary>Redacts the values of redacted query parameters; the path is kept.</summary>
    /// <param name="pathAndQuery">The request's path and query.</param>
    public static string ApplyToQuery(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return ApplyToPath(pathAndQuery);
        }

        var parts = pathAndQuery[(q + 1)..].Split('&').Select(p =>
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? p : p[..eq]);
            return eq >= 0 && IsRedacted(name) ? $"{p[..eq]}={Placeholder}" : LooksSensitive(Uri.UnescapeDataString(p)) ? (eq < 0 ? Placeholder : $"{p[..eq]}={Placeholder}") : p;
        });
        return ApplyToPath(pathAndQuery[..q]) + "?" + string.Join('&', parts);
    }

    // Segments are checked unescaped: an e-mail login id travels as name%40host in a path.
    private static string ApplyToPath(string path)
        => string.Join('/', path.Split('/').Select(segment => LooksSensitive(Uri.UnescapeDataString(segment)) ? Placeholder : segment));

    private static bool LooksSensitive(string text) => Email().IsMatch(text) || Bearer().IsMatch(text) || Jwt().IsMatch(text);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*")]
    private static partial Regex Jwt();
}
