using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Connectors.Emulators.WorkflowService;

/// <summary>A process variable as the service stores it: Flowable's <c>{ name, type, value, scope }</c>.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Type">string, integer, long, double, boolean, date or json.</param>
/// <param name="Value">The normalized JSON value (dates in Flowable's <c>+0000</c> form).</param>
/// <param name="Scope">local or global, echoed back.</param>
public sealed record StoredVariable(string Name, string Type, JsonNode? Value, string Scope = "global")
{
    private static readonly string[] KnownTypes = ["string", "integer", "long", "double", "boolean", "date", "json"];

    /// <summary>The value as text, for gateway conditions (<c>true</c>, <c>42</c>, <c>approved</c>).</summary>
    public string? AsText() => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => Value.ToJsonString(),
    };

    /// <summary>Renders the variable as the API returns it.</summary>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["type"] = Type,
        ["value"] = Value?.DeepClone(),
        ["scope"] = Scope,
        ["encryption"] = false,
    };

    /// <summary>Formats a date the way Flowable writes it: <c>2020-04-17T10:17:43.902+0000</c>.</summary>
    /// <param name="value">The date.</param>
    public static string FormatDate(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    /// <summary>Parses any ISO 8601 date, including Flowable's offset without a colon.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date.</param>
    public static bool TryParseDate(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Regex.Replace(text.Trim(), @"([+-]\d{2})(\d{2})$", "$1:$2", RegexOptions.None, TimeSpan.FromSeconds(1));
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Parses and validates one variable from a request body.</summary>
    /// <param name="node">The JSON item.</param>
    /// <param name="error">Why it is invalid.</param>
    internal static StoredVariable? TryParse(JsonNode? node, out string? error)
    {
        error = null;
        if (node is not JsonObject item)
        {
            error = "A variable must be a JSON object with name, type and value.";
            return null;
        }

        var name = item["name"] is JsonValue n && n.TryGetValue(out string? s) ? s : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            error = "A variable needs a name.";
            return null;
        }

        var value = item["value"];
        var type = item["type"] is JsonValue t && t.TryGetValue(out string? ts) ? ts : Infer(value);
        var scope = item["scope"] is JsonValue sc && sc.TryGetValue(out string? scs) ? scs : "global";
        if (!KnownTypes.Contains(type))
        {
            error = $"Variable '{name}' has an unknown type '{type}'.";
            return null;
        }

        if (value is null)
        {
            return new StoredVariable(name, type, null, scope);
        }

        JsonNode? normalized = type switch
        {
            "string" => value.GetValueKind() == JsonValueKind.String ? value.DeepClone() : null,
            "integer" => value.GetValueKind() == JsonValueKind.Number && value.AsValue().TryGetValue(out int i) ? JsonValue.Create(i) : null,
            "long" => value.GetValueKind() == JsonValueKind.Number && value.AsValue().TryGetValue(out long l) ? JsonValue.Create(l) : null,
            "double" => value.GetValueKind() == JsonValueKind.Number && value.AsValue().TryGetValue(out double d) ? JsonValue.Create(d) : null,
            "boolean" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.DeepClone() : null,
            "date" => value.GetValueKind() == JsonValueKind.String && TryParseDate(value.GetValue<string>(), out var date)
                ? JsonValue.Create(FormatDate(date)) : null,
            _ => value.DeepClone(),
        };
        if (normalized is null)
        {
            error = $"Variable '{name}' has a value that is not a valid {type}.";
            return null;
        }

        return new StoredVariable(name, type, normalized, scope);
    }

    /// <summary>Parses an array of variables; the first invalid one fails the whole request.</summary>
    /// <param name="node">The JSON array (or null).</param>
    /// <param name="error">Why it is invalid.</param>
    internal static List<StoredVariable>? TryParseAll(JsonNode? node, out string? error)
    {
        error = null;
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            error = "variables must be an array of { name, type, value }.";
            return null;
        }

        var result = new List<StoredVariable>();
        foreach (var item in array)
        {
            var variable = TryParse(item, out error);
            if (variable is null)
            {
                return null;
            }

            result.Add(variable);
        }

        return result;
    }

    private static string Infer(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => value.AsValue().TryGetValue(out int _) ? "integer" : value.AsValue().TryGetValue(out long _) ? "long" : "double",
        JsonValueKind.Object or JsonValueKind.Array => "json",
        _ => "string",
    };
}
