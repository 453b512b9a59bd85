using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.Core.Diagnostics;

/// <summary>
/// Compares a body with the client's own metadata for it: the body must parse, and every field the model declares
/// required or non-nullable must be present (a renamed field shows as missing). Lists are checked on their first item.
/// </summary>
internal static class ShapeCheck
{
    private const int MaxDepth = 4;

    public static IReadOnlyList<string> Find(ReadOnlyMemory<byte> content, JsonTypeInfo typeInfo)
    {
        if (content.IsEmpty)
        {
            return []; // 204: an empty list, nothing to compare
        }

        try
        {
            _ = JsonSerializer.Deserialize(content.Span, typeInfo);
            using var document = JsonDocument.Parse(content);
            var problems = new List<string>();
            Walk(document.RootElement, typeInfo, "$", problems, 0);
            return problems;
        }
        catch (JsonException ex)
        {
            return [$"does not parse at {ex.Path ?? "$"}: {Short(ex.Message)}"];
        }
    }

    public static IReadOnlyList<string> FindInFirstItem(ReadOnlyMemory<byte> content, JsonTypeInfo itemInfo)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return FirstItem(document.RootElement) is { } item
                ? Find(System.Text.Encoding.UTF8.GetBytes(item.GetRawText()), itemInfo).Select(p => p.Replace("$", "$item", StringComparison.Ordinal)).ToList()
                : [];
        }
        catch (JsonException ex)
        {
            return [$"does not parse at {ex.Path ?? "$"}: {Short(ex.Message)}"];
        }
    }

    /// <summary>The first item of a list answer (bare array, <c>data</c>, HAL <c>_embedded</c>, or any array property), or the object itself.</summary>
    public static JsonElement? FirstItem(JsonElement root)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                return root.GetArrayLength() > 0 ? root[0] : null;
            case JsonValueKind.Object:
                if (root.TryGetProperty("data", out var data) && data.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    return FirstItem(data);
                }

                if (root.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object)
                {
                    foreach (var list in embedded.EnumerateObject())
                    {
                        return FirstItem(list.Value);
                    }
                }

                foreach (var property in root.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0 && property.Value[0].ValueKind == JsonValueKind.Object)
                    {
                        return property.Value[0];
                    }
                }

                return root;
            default:
                return null;
        }
    }

    private static void Walk(JsonElement element, JsonTypeInfo typeInfo, string path, List<string> problems, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0
            && typeInfo.ElementType is { } elementType && TryGetInfo(typeInfo, elementType) is { } itemInfo)
        {
            Walk(element[0], itemInfo, path + "[0]", problems, depth + 1);
            return;
        }

        if (typeInfo.Kind != JsonTypeInfoKind.Object || element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is null && !property.IsRequired)
            {
                continue;
            }

            if (!element.TryGetProperty(property.Name, out var value))
            {
                if (property.IsRequired || (!property.IsSetNullable && property.PropertyType == typeof(string)))
                {
                    problems.Add($"{path}.{property.Name} missing");
                }

                continue;
            }

            if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && TryGetInfo(typeInfo, property.PropertyType) is { } child)
            {
                Walk(value, child, $"{path}.{property.Name}", problems, depth + 1);
            }
        }
    }

    private static string Short(string message) => message.Length <= 200 ? message : message[..200] + "…";

    private static JsonTypeInfo? TryGetInfo(JsonTypeInfo parent, Type type)
    {
        try
        {
            return parent.Options.TryGetTypeInfo(type, out var info) ? info : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
