using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.Core.Json;

/// <summary>JSON helpers that turn parser failures into <see cref="ConnectorSerializationException"/>.</summary>
public static class ConnectorJson
{
    /// <summary>Deserializes UTF-8 JSON, failing with a typed error on malformed input, JSON null or an oversized payload.</summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="typeInfo">Source-generated metadata.</param>
    /// <param name="system">The system the payload came from, for the error.</param>
    /// <param name="maxBytes">The largest payload accepted.</param>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, string system, int maxBytes = 1024 * 1024)
    {
        if (utf8Json.Length > maxBytes)
        {
            throw new ConnectorSerializationException(system, $"The payload ({utf8Json.Length} bytes) exceeds the limit of {maxBytes} bytes.");
        }

        try
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo)
                   ?? throw new ConnectorSerializationException(system, $"The payload is JSON null where a {typeof(T).Name} was expected.");
        }
        catch (JsonException ex)
        {
            throw new ConnectorSerializationException(system, $"The payload is not valid JSON for {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Options every source-generated context in Connectors starts from: web defaults, lenient numbers.</summary>
    public static JsonSerializerOptions CreateDefaultOptions() => new(JsonSerializerDefaults.Web);
}
