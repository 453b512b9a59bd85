using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.OpenText.TradingGrid.Internal;

// OpenText publishes the Community Management requests but no answer bodies. Lists are therefore read leniently:
// a bare JSON array, or an object holding one array (whatever its name) and, when present, "total" and "offset".

/// <summary>One answer of a Community Management list, however the service wraps it.</summary>
internal sealed class DirectoryList<T>
{
    public IReadOnlyList<T> Items { get; set; } = [];

    public long? Total { get; set; }

    public long? Offset { get; set; }
}

/// <summary>Reads <see cref="DirectoryList{T}"/> from an array or from an object with one array property.</summary>
internal abstract class DirectoryListConverter<T> : JsonConverter<DirectoryList<T>>
{
    public override DirectoryList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var listInfo = (JsonTypeInfo<List<T>>)options.GetTypeInfo(typeof(List<T>));
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new DirectoryList<T> { Items = ReadItems(ref reader, listInfo) };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a list of {typeof(T).Name} (an array or an object holding one).");
        }

        IReadOnlyList<T>? items = null;
        long? total = null, offset = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray && items is null)
            {
                items = ReadItems(ref reader, listInfo);
            }
            else if (reader.TokenType == JsonTokenType.Number && string.Equals(name, "total", StringComparison.OrdinalIgnoreCase))
            {
                total = reader.GetInt64();
            }
            else if (reader.TokenType == JsonTokenType.Number && string.Equals(name, "offset", StringComparison.OrdinalIgnoreCase))
            {
                offset = reader.GetInt64();
            }
            else
            {
                reader.Skip();
            }
        }

        return new DirectoryList<T> { Items = items ?? [], Total = total, Offset = offset };
    }

    public override void Write(Utf8JsonWriter writer, DirectoryList<T> value, JsonSerializerOptions options)
        => throw new NotSupportedException("Directory lists are only read.");

    private static List<T> ReadItems(ref Utf8JsonReader reader, JsonTypeInfo<List<T>> listInfo)
    {
        // the whole array in one read: one frame stack for the list instead of one per item
        var items = JsonSerializer.Deserialize(ref reader, listInfo) ?? [];
        return items.Exists(item => item is null) ? throw new JsonException($"A null {typeof(T).Name} in a list.") : items;
    }
}

internal sealed class PartnerListConverter : DirectoryListConverter<TradingPartner>;

internal sealed class UserListConverter : DirectoryListConverter<TradingGridUser>;

internal sealed class RoleListConverter : DirectoryListConverter<UserRole>;
