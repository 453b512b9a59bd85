using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>What an OpenAPI 3.0 schema allows, read the way the tests need it: <c>allOf</c> merged, refs followed.</summary>
internal static class SchemaRules
{
    /// <summary>The schema with its <c>$ref</c> followed and its <c>allOf</c> parts merged into one object schema.</summary>
    public static JsonObject Effective(SpecDocument document, JsonNode schema)
    {
        var resolved = document.Resolve(schema).AsObject();
        if (resolved["allOf"] is not JsonArray parts)
        {
            return resolved;
        }

        var merged = new JsonObject();
        var properties = new JsonObject();
        var required = new HashSet<string>();
        foreach (var (key, value) in resolved)
        {
            if (key is not "allOf")
            {
                merged[key] = value?.DeepClone();
            }
        }

        foreach (var part in parts)
        {
            var effective = Effective(document, part!);
            foreach (var (key, value) in effective)
            {
                switch (key)
                {
                    case "properties":
                        foreach (var (name, property) in value!.AsObject())
                        {
                            properties[name] = property?.DeepClone();
                        }

                        break;
                    case "required":
                        required.UnionWith(value!.AsArray().Select(n => (string)n!));
                        break;
                    default:
                        merged[key] ??= value?.DeepClone();
                        break;
                }
            }
        }

        if (resolved["properties"] is JsonObject own)
        {
            foreach (var (name, property) in own)
            {
                properties[name] = property?.DeepClone();
            }
        }

        if (properties.Count > 0)
        {
            merged["properties"] = properties;
            merged["type"] ??= "object";
        }

        if (required.Count > 0 || resolved["required"] is JsonArray)
        {
            required.UnionWith((resolved["required"] as JsonArray ?? []).Select(n => (string)n!));
            merged["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        return merged;
    }

    public static bool Nullable(JsonObject schema) => schema["nullable"]?.GetValue<bool>() == true || schema["x-nullable"]?.GetValue<bool>() == true;

    public static JsonArray? Branches(JsonObject schema) => schema["oneOf"] as JsonArray ?? schema["anyOf"] as JsonArray;

    public static string? Type(JsonObject schema)
        => (string?)schema["type"] ?? (schema["properties"] is not null ? "object" : schema["items"] is not null ? "array" : null);

    public static IEnumerable<string> Required(JsonObject schema) => (schema["required"] as JsonArray ?? []).Select(n => (string)n!);

    /// <summary>
    /// Checks a request body the client sends: every property name documented, JSON types as documented,
    /// required properties present, enum values allowed. Returns the problems, empty when it conforms.
    /// </summary>
    public static List<string> Validate(SpecDocument document, JsonNode schemaNode, JsonNode? value, string at = "$")
    {
        var problems = new List<string>();
        var schema = Effective(document, schemaNode);
        if (value is null)
        {
            if (!Nullable(schema))
            {
                problems.Add($"{at}: null is not allowed");
            }

            return problems;
        }

        if (Branches(schema) is { } branches)
        {
            var results = branches.Select(b => Validate(document, b!, value, at)).ToList();
            if (results.All(r => r.Count > 0))
            {
                problems.Add($"{at}: matches no oneOf/anyOf branch ({string.Join(" | ", results.Select(r => string.Join("; ", r)))})");
            }

            return problems;
        }

        var type = Type(schema);
        var kind = value.GetValueKind();
        var typeOk = type switch
        {
            null => true,
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "integer" => kind == JsonValueKind.Number && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d),
            "number" => kind == JsonValueKind.Number,
            _ => true,
        };
        if (!typeOk)
        {
            problems.Add($"{at}: {value.ToJsonString()} is a JSON {kind}, the spec says {type}");
            return problems;
        }

        if (schema["enum"] is JsonArray allowed && kind == JsonValueKind.String && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            problems.Add($"{at}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }

        if (kind == JsonValueKind.Object)
        {
            var properties = schema["properties"] as JsonObject;
            foreach (var name in Required(schema))
            {
                if (!value.AsObject().ContainsKey(name))
                {
                    problems.Add($"{at}: required property '{name}' is missing");
                }
            }

            foreach (var (name, child) in value.AsObject())
            {
                if (properties?[name] is { } propertySchema)
                {
                    problems.AddRange(Validate(document, propertySchema, child, $"{at}.{name}"));
                }
                else if (schema["additionalProperties"] is JsonObject mapValues)
                {
                    problems.AddRange(Validate(document, mapValues, child, $"{at}.{name}"));
                }
                else if (properties is not null)
                {
                    problems.Add($"{at}: property '{name}' is not in the spec");
                }
            }
        }
        else if (kind == JsonValueKind.Array && schema["items"] is { } items)
        {
            var index = 0;
            foreach (var item in value.AsArray())
            {
                problems.AddRange(Validate(document, items, item, $"{at}[{index++}]"));
            }
        }

        return problems;
    }
}
