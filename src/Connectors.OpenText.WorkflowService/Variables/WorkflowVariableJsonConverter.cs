using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Reads and writes <c>{ "name", "type", "value", "scope" }</c> (no <c>type</c> for an untyped variable, as OpenText's examples send them). A variable without a name is malformed
/// input (a <see cref="JsonException"/> the client turns into a typed error), not an argument error.
/// </summary>
public sealed class WorkflowVariableJsonConverter : JsonConverter<WorkflowVariable>
{
    /// <inheritdoc />
    public override WorkflowVariable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a variable object, found {reader.TokenType}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var name = Text(root, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new JsonException("A variable has no name.");
        }

        var type = Text(root, "type");
        var value = root.TryGetProperty("value", out var v) ? v : default;
        return new WorkflowVariable(name, type is null ? default : WorkflowVariableType.Create(type), value, Text(root, "scope"));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WorkflowVariable value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        if (value.TypeDeclared)
        {
            writer.WriteString("type", value.Type.Value);
        }

        writer.WritePropertyName("value");
        value.Value.WriteTo(writer);
        if (value.Scope is not null)
        {
            writer.WriteString("scope", value.Scope);
        }

        writer.WriteEndObject();
    }

    private static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
