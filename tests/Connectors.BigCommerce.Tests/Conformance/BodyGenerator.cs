using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>How a generated body exercises a response schema.</summary>
internal enum BodyShape
{
    /// <summary>Every documented property, the first branch of each oneOf/anyOf, the spec's own example values.</summary>
    Full,

    /// <summary>As <see cref="Full"/>, the second branch of each oneOf/anyOf (where there is one).</summary>
    SecondBranch,

    /// <summary>As <see cref="Full"/>, the third branch of each oneOf/anyOf (where there is one).</summary>
    ThirdBranch,

    /// <summary>As <see cref="Full"/>, with null in every property the spec marks nullable.</summary>
    Nulls,

    /// <summary>Only the properties the spec marks required (below the top-level envelope).</summary>
    RequiredOnly,

    /// <summary>As <see cref="Full"/>, plus an unknown property in every object.</summary>
    UnknownFields,
}

/// <summary>Builds response bodies from a schema, as the spec allows them.</summary>
internal static class BodyGenerator
{
    public const string UnknownField = "zz_field_the_spec_does_not_know";
    private const int MaxDepth = 7;

    public static JsonNode? Generate(SpecDocument document, JsonNode schema, BodyShape shape)
        => Generate(document, schema, shape, 0, name: "", topLevel: true);

    /// <summary>Whether <paramref name="shape"/> makes a body different from <see cref="BodyShape.Full"/> for this schema.</summary>
    public static bool Differs(SpecDocument document, JsonNode schema, BodyShape shape)
        => shape == BodyShape.Full || !JsonNode.DeepEquals(Generate(document, schema, BodyShape.Full), Generate(document, schema, shape));

    private static JsonNode? Generate(SpecDocument document, JsonNode schemaNode, BodyShape shape, int depth, string name, bool topLevel = false, JsonNode? outerExample = null)
    {
        var schema = SchemaRules.Effective(document, schemaNode);
        if (shape == BodyShape.Nulls && !topLevel && SchemaRules.Nullable(schema))
        {
            return null;
        }

        if (SchemaRules.Branches(schema) is { Count: > 0 } branches)
        {
            var index = shape switch { BodyShape.SecondBranch => 1, BodyShape.ThirdBranch => 2, _ => 0 };
            return Generate(document, branches[Math.Min(index, branches.Count - 1)]!, shape, depth, name, outerExample: schema["example"]);
        }

        var type = SchemaRules.Type(schema);
        if ((schema["example"] ?? outerExample) is { } example && type is not ("object" or "array"))
        {
            // the spec's own example value, in the JSON type of this (branch of the) schema
            if (Fits(example, type))
            {
                return example.DeepClone();
            }

            if (type == "string" && example.GetValueKind() == JsonValueKind.Number)
            {
                return example.ToJsonString();
            }

            if (type is "number" or "integer" && example.GetValueKind() == JsonValueKind.String
                && decimal.TryParse((string)example!, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && (type == "number" || number == decimal.Truncate(number)))
            {
                return number;
            }
        }

        if (schema["enum"] is JsonArray { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        switch (type)
        {
            case "object":
                var body = new JsonObject();
                if (depth >= MaxDepth)
                {
                    return body;
                }

                var required = SchemaRules.Required(schema).ToHashSet();
                foreach (var (propertyName, property) in schema["properties"] as JsonObject ?? [])
                {
                    // the envelope ({data, meta}) stays whole: "missing optional fields" is about the models in it
                    if (shape != BodyShape.RequiredOnly || required.Contains(propertyName) || (topLevel && schema["properties"]?["data"] is not null))
                    {
                        body[propertyName] = Generate(document, property!, shape, depth + 1, propertyName);
                    }
                }

                if (schema["additionalProperties"] is JsonObject mapValues && body.Count == 0)
                {
                    body["key"] = Generate(document, mapValues, shape, depth + 1, "key");
                }

                if (shape == BodyShape.UnknownFields && schema["additionalProperties"] is not JsonObject)
                {
                    body[UnknownField] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
                }

                return body;
            case "array":
                return depth >= MaxDepth || schema["items"] is not { } items
                    ? new JsonArray()
                    : new JsonArray(Generate(document, items, shape, depth + 1, name));
            case "integer":
                return 7;
            case "number":
                // a fraction only where the spec says float/double: "number" is also how it types counts and ids
                return (string?)schema["format"] is "float" or "double" ? 12.5m : 12m;
            case "boolean":
                return true;
            case "string":
                return (string?)schema["format"] switch
                {
                    "date-time" => "2026-12-03T10:15:30+00:00",
                    "date" => "2026-12-03",
                    "email" => "shopper@example.com",
                    "uri" or "url" => "https://example.com/conformance",
                    // dates the spec types as plain strings (their prose gives the format): RFC 2822 in v2, ISO 8601 in v3
                    _ when name.Contains("date", StringComparison.Ordinal) => document.Base == "/v2" ? "Thu, 03 Dec 2026 10:15:30 +0000" : "2026-12-03T10:15:30+00:00",
                    _ => "sample",
                };
            default:
                return "sample";
        }
    }

    private static bool Fits(JsonNode example, string? type)
        => (type, example.GetValueKind()) switch
        {
            (null, _) => true,
            ("string", JsonValueKind.String) => true,
            ("integer" or "number", JsonValueKind.Number) => true,
            ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
            ("array", JsonValueKind.Array) => true,
            ("object", JsonValueKind.Object) => true,
            _ => false,
        };
}
