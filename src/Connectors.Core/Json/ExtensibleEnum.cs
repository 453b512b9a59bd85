using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Core.Json;

/// <summary>
/// A "growable enum": a string-valued type with well-known values that still accepts values the service
/// adds later, instead of throwing. Implement on a <c>readonly record struct X(string Value)</c>.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IExtensibleEnum<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>The value as the service spells it.</summary>
    string Value { get; }

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    static abstract TSelf Create(string value);
}

/// <summary>Reads and writes an <see cref="IExtensibleEnum{TSelf}"/> as a JSON string (numbers are kept as their text).</summary>
/// <typeparam name="T">The enum type.</typeparam>
public sealed class ExtensibleEnumConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.String => T.Create(reader.GetString() ?? string.Empty),
            JsonTokenType.Number => T.Create(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
