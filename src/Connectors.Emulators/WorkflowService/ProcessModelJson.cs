using System.Text.Json;
using System.Text.Json.Nodes;

namespace Connectors.Emulators.WorkflowService;

/// <summary>
/// Reads <c>modelContent</c> of <c>POST runtime/models</c> (<c>modelType: json</c>): either the emulator's simplified model
/// (<c>{key, name, start, nodes}</c>, which it executes with gateways) or the modeler's JSON as OpenText publishes it
/// (<c>{modelId, properties{process_id, name}, childShapes[{stencil{id}, properties{name, overrideid}}]}</c>). The
/// emulator does not evaluate the modeler's expressions, HTTP, script or mail tasks: a modeler model runs its
/// <c>UserTask</c> shapes one after the other, in document order, then ends.
/// </summary>
internal static class ProcessModelJson
{
    public static ProcessModel? TryParse(JsonNode? content, out string? error)
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

        if (content is JsonObject modeler && modeler["childShapes"] is JsonArray shapes)
        {
            return FromModeler(modeler, shapes, out error);
        }

        if (content is not JsonObject model || model["nodes"] is not JsonArray nodes)
        {
            error = "modelContent must be the modeler's JSON (properties.process_id, childShapes) or an object with key, name, start and nodes.";
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
            Text(model, "key") ?? string.Empty,
            Text(model, "name") ?? Text(model, "key") ?? string.Empty,
            Text(model, "start") ?? parsed.FirstOrDefault()?.Id ?? string.Empty,
            parsed);
        error = result.Validate();
        return error is null ? result : null;
    }

    private static ProcessModel? FromModeler(JsonObject modeler, JsonArray shapes, out string? error)
    {
        var properties = modeler["properties"] as JsonObject;
        var key = properties is null ? null : Text(properties, "process_id");
        if (string.IsNullOrWhiteSpace(key))
        {
            error = "modelContent.properties.process_id (the process key) is required.";
            return null;
        }

        var tasks = shapes.OfType<JsonObject>()
            .Where(shape => shape["stencil"] is JsonObject stencil && Text(stencil, "id") == "UserTask")
            .Select((shape, index) =>
            {
                var props = shape["properties"] as JsonObject;
                var id = (props is null ? null : Text(props, "overrideid")) is { Length: > 0 } overrideId ? overrideId : Text(shape, "resourceId") ?? $"task{index}";
                return (Id: id, Name: (props is null ? null : Text(props, "name")) is { Length: > 0 } name ? name : id);
            })
            .ToList();
        var nodes = new List<ProcessNode>();
        for (var i = 0; i < tasks.Count; i++)
        {
            nodes.Add(new UserTaskNode(tasks[i].Id, tasks[i].Name, [], i + 1 < tasks.Count ? tasks[i + 1].Id : "end"));
        }

        nodes.Add(new EndNode("end"));
        var result = new ProcessModel(key, Text(properties!, "name") is { Length: > 0 } n ? n : key, nodes[0].Id, nodes);
        error = result.Validate();
        return error is null ? result : null;
    }

    private static string? Text(JsonObject node, string name)
        => node[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
