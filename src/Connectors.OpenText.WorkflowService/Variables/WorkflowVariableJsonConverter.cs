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

        // Read in one pass: the value becomes its own small document (nothing else is kept), the rest are strings.
        string? name = null, type = null, scope = null;
        JsonElement value = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = JsonElement.ParseValue(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("scope"u8))
            {
                scope = ReadText(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new JsonException("A variable has no name.");
        }

        return new WorkflowVariable(name, type is null ? default : WorkflowVariableType.Create(type), value, scope);
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

    // The property's value as text; a value of another kind (number, object, ...) is no text and is skipped.
    private static string? ReadText(ref Utf8JsonReader reader)
    {
        reader.Read();
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip();
        return text;
    }
}
