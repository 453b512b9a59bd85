using System.Text.Json;
using System.Text.Json.Nodes;

namespace Connectors.Emulators.WorkflowService;

/// <summary>Reads the emulator's simplified JSON process model (<c>POST /runtime/models</c>, <c>modelType: json</c>).</summary>
internal static class ProcessModelJson
{
    public static ProcessModel? TryParse(JsonNode? content, string? fallbackKey, out string? error)
    {
        error = null;
        if (content is JsonValue text && text.TryGetValue(out string? raw))
        {
            try
            {
                content = JsonNode.Parse(raw);
            }
            catch (JsonException ex)
            {
                error = $"modelContent is not valid JSON: {ex.Message}";
                return null;
            }
        }

        if (content is not JsonObject model || model["nodes"] is not JsonArray nodes)
        {
            error = "modelContent must be an object with key, name, start and nodes.";
            return null;
        }

        var parsed = new List<ProcessNode>();
        foreach (var node in nodes.OfType<JsonObject>())
        {
            var id = Text(node, "id") ?? string.Empty;
            ProcessNode? item = Text(node, "type") switch
            {
                "userTask" => new UserTaskNode(
                    id,
                    Text(node, "name") ?? id,
                    node["candidateGroups"] is JsonArray groups ? groups.Select(g => g?.GetValue<string>() ?? string.Empty).ToArray() : [],
                    Text(node, "next") ?? string.Empty),
                "exclusiveGateway" => new ExclusiveGatewayNode(
                    id,
                    node["conditions"] is JsonArray conditions
                        ? conditions.OfType<JsonObject>().Select(c => new GatewayCondition(
                            Text(c, "variable") ?? string.Empty,
                            c["equals"] is JsonValue v && v.TryGetValue(out string? s) ? s : c["equals"]?.ToJsonString() ?? string.Empty,
                            Text(c, "next") ?? string.Empty)).ToArray()
                        : [],
                    Text(node, "defaultNext") ?? string.Empty),
                "endEvent" => new EndNode(id),
                _ => null,
            };
            if (item is null)
            {
                error = $"Node '{id}' has an unsupported type; use userTask, exclusiveGateway or endEvent.";
                return null;
            }

            parsed.Add(item);
        }

        var result = new ProcessModel(
            Text(model, "key") ?? fallbackKey ?? string.Empty,
            Text(model, "name") ?? Text(model, "key") ?? fallbackKey ?? string.Empty,
            Text(model, "start") ?? parsed.FirstOrDefault()?.Id ?? string.Empty,
            parsed);
        error = result.Validate();
        return error is null ? result : null;
    }

    private static string? Text(JsonObject node, string name)
        => node[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
