using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// A process or task variable: <c>{ name, type, value, scope }</c>. Create one with the typed factories
/// (<see cref="FromString"/>, <see cref="FromInt32"/>, <see cref="FromDate"/>, <see cref="FromJson{T}"/> …) and
/// read one with the typed accessors; a value that does not fit the accessor is a <see cref="ConnectorSerializationException"/>.
/// </summary>
[JsonConverter(typeof(WorkflowVariableJsonConverter))]
public sealed class WorkflowVariable
{
    private static readonly JsonElement NullElement = Element(w => w.WriteNullValue());

    /// <summary>Creates a variable from its parts (as read from the service).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type.</param>
    /// <param name="value">The JSON value.</param>
    /// <param name="scope">local or global; <c>null</c> for the service's default.</param>
    public WorkflowVariable(string name, WorkflowVariableType type, JsonElement value, string? scope = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        TypeDeclared = type.Value is not null;
        Type = TypeDeclared ? type : InferType(value);
        Value = value.ValueKind == JsonValueKind.Undefined ? NullElement : value.Clone();
        Scope = scope;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>
    /// Whether the type was given (and is sent as <c>type</c>); <c>false</c> for a variable made with
    /// <see cref="FromValue(string, JsonElement)"/> or read without a type, whose <see cref="Type"/> is inferred from the value.
    /// </summary>
    public bool TypeDeclared { get; }

    /// <summary>The type.</summary>
    public WorkflowVariableType Type { get; }

    /// <summary>The raw JSON value.</summary>
    public JsonElement Value { get; }

    /// <summary>local or global, when set.</summary>
    public string? Scope { get; }

    /// <summary>Whether the value is JSON null.</summary>
    public bool IsNull => Value.ValueKind == JsonValueKind.Null;

    /// <summary>A string variable.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public static WorkflowVariable FromString(string name, string? value)
        => new(name, WorkflowVariableType.String, value is null ? NullElement : Element(w => w.WriteStringValue(value)));

    /// <summary>An integer variable.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public static WorkflowVariable FromInt32(string name, int value)
        => new(name, WorkflowVariableType.Integer, Element(w => w.WriteNumberValue(value)));

    /// <summary>A long variable.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public static WorkflowVariable FromInt64(string name, long value)
        => new(name, WorkflowVariableType.Long, Element(w => w.WriteNumberValue(value)));

    /// <summary>A double variable.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value; must be finite.</param>
    public static WorkflowVariable FromDouble(string name, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON cannot carry NaN or infinity.");
        }

        return new(name, WorkflowVariableType.Double, Element(w => w.WriteNumberValue(value)));
    }

    /// <summary>A boolean variable.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public static WorkflowVariable FromBoolean(string name, bool value)
        => new(name, WorkflowVariableType.Boolean, Element(w => w.WriteBooleanValue(value)));

    /// <summary>A date variable (ISO 8601 on the wire).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public static WorkflowVariable FromDate(string name, DateTimeOffset value)
        => new(name, WorkflowVariableType.Date, Element(w => w.WriteStringValue(WorkflowDates.Format(value))));

    /// <summary>
    /// A variable without a type, as OpenText's own examples send it (<c>{"name": "approver", "value": "jdoe"}</c>):
    /// the service infers the type from the value. <see cref="Type"/> is inferred locally and not sent (<see cref="TypeDeclared"/> is <c>false</c>).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public static WorkflowVariable FromValue(string name, JsonElement value)
        => new(name, default, value);

    /// <summary>A variable without a type holding a string (<see cref="FromValue(string, JsonElement)"/>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The text.</param>
    public static WorkflowVariable FromValue(string name, string value)
        => new(name, default, Element(w => w.WriteStringValue(value)));

    /// <summary>A JSON variable from an element.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public static WorkflowVariable FromJson(string name, JsonElement value)
        => new(name, WorkflowVariableType.Json, value);

    /// <summary>A JSON variable serialized with source-generated metadata (AOT safe).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Metadata from your <c>JsonSerializerContext</c>.</param>
    public static WorkflowVariable FromJson<T>(string name, T value, JsonTypeInfo<T> typeInfo)
        => new(name, WorkflowVariableType.Json, JsonSerializer.SerializeToElement(value, typeInfo));

    /// <summary>The value as text (string variables; other scalars are rendered as their JSON text).</summary>
    public string? AsString() => Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => Value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Value.GetRawText(),
        _ => throw Mismatch("a string"),
    };

    /// <summary>The value as a 32-bit integer.</summary>
    public int AsInt32() => Value.ValueKind == JsonValueKind.Number && Value.TryGetInt32(out var v) ? v
        : Value.ValueKind == JsonValueKind.String && int.TryParse(Value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out v) ? v
        : throw Mismatch("a 32-bit integer");

    /// <summary>The value as a 64-bit integer.</summary>
    public long AsInt64() => Value.ValueKind == JsonValueKind.Number && Value.TryGetInt64(out var v) ? v
        : Value.ValueKind == JsonValueKind.String && long.TryParse(Value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out v) ? v
        : throw Mismatch("a 64-bit integer");

    /// <summary>The value as a double.</summary>
    public double AsDouble() => Value.ValueKind == JsonValueKind.Number && Value.TryGetDouble(out var v) ? v
        : Value.ValueKind == JsonValueKind.String && double.TryParse(Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out v) ? v
        : throw Mismatch("a number");

    /// <summary>The value as a boolean.</summary>
    public bool AsBoolean() => Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(Value.GetString(), out var b) => b,
        _ => throw Mismatch("a boolean"),
    };

    /// <summary>The value as a date (Flowable's <c>+0000</c> offsets accepted).</summary>
    public DateTimeOffset AsDate() => Value.ValueKind == JsonValueKind.String && WorkflowDates.TryParse(Value.GetString(), out var date)
        ? date
        : Value.ValueKind == JsonValueKind.Number && Value.TryGetInt64(out var millis)
            ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
            : throw Mismatch("an ISO 8601 date");

    /// <summary>The value deserialized with source-generated metadata.</summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <param name="typeInfo">Metadata from your <c>JsonSerializerContext</c>.</param>
    public T? AsJson<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            return Value.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            throw new ConnectorSerializationException(WorkflowServiceClient.SystemName, $"Variable '{Name}' is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The value as the .NET type its <see cref="Type"/> implies: string, int, long, double, bool,
    /// DateTimeOffset, or <see cref="JsonElement"/> for json and unknown types; <c>null</c> for JSON null.
    /// </summary>
    public object? ToObject()
    {
        if (IsNull)
        {
            return null;
        }

        return Type.Value switch
        {
            "string" => AsString(),
            "integer" or "short" => AsInt32(),
            "long" => AsInt64(),
            "double" => AsDouble(),
            "boolean" => AsBoolean(),
            "date" => AsDate(),
            _ => Value,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type}) = {Value.GetRawText()}";

    private ConnectorSerializationException Mismatch(string expected)
        => new(WorkflowServiceClient.SystemName, $"Variable '{Name}' of type '{Type}' holds {Value.ValueKind} '{Truncate(Value.GetRawText())}', not {expected}.");

    private static string Truncate(string text) => text.Length > 100 ? text[..100] + "…" : text;

    private static WorkflowVariableType InferType(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => WorkflowVariableType.Boolean,
        JsonValueKind.Number => value.TryGetInt32(out _) ? WorkflowVariableType.Integer : value.TryGetInt64(out _) ? WorkflowVariableType.Long : WorkflowVariableType.Double,
        JsonValueKind.Object or JsonValueKind.Array => WorkflowVariableType.Json,
        _ => WorkflowVariableType.String,
    };

    private static JsonElement Element(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
