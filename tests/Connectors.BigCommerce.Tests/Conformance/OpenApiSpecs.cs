using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>
/// The official BigCommerce OpenAPI files as copied into Conformance/Specs (see SOURCE.md): finds the operation
/// for a method and path, and resolves <c>$ref</c>s inside a file.
/// </summary>
internal sealed class OpenApiSpecs
{
    public static OpenApiSpecs Official { get; } = Load(Path.Combine(AppContext.BaseDirectory, "Conformance", "Specs"));

    private readonly List<SpecOperation> _operations = [];

    public IReadOnlyList<SpecOperation> Operations => _operations;

    private static OpenApiSpecs Load(string folder)
    {
        var specs = new OpenApiSpecs();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var document = new SpecDocument(Path.GetFileName(file), JsonNode.Parse(File.ReadAllText(file))!.AsObject());
            foreach (var (path, item) in document.Root["paths"]!.AsObject())
            {
                var pathItem = document.Resolve(item!).AsObject();
                foreach (var (method, operation) in pathItem)
                {
                    if (method is "parameters" || operation is not JsonObject op)
                    {
                        continue;
                    }

                    specs._operations.Add(new SpecOperation(document, method.ToUpperInvariant(), document.Base + path, op, pathItem["parameters"] as JsonArray));
                }
            }
        }

        return specs;
    }

    /// <summary>The operation whose template matches <paramref name="path"/> (relative to the store, leading slash).</summary>
    public SpecOperation? Find(string method, string path)
        => _operations.Where(o => o.Method == method && o.Matches(path))
            .OrderBy(o => o.Path.Count(c => c == '{')) // a literal segment beats a parameter: /orders/count over /orders/{id}
            .FirstOrDefault();

    public bool HasPath(string path) => _operations.Any(o => o.Matches(path));
}

internal sealed class SpecDocument(string name, JsonObject root)
{
    public string Name { get; } = name;

    public JsonObject Root { get; } = root;

    public string Base { get; } = (string)root["base"]!;

    /// <summary>Follows <c>$ref</c> (local JSON pointers) until a node without one.</summary>
    public JsonNode Resolve(JsonNode node)
    {
        for (var hops = 0; node is JsonObject o && o["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 20)
            {
                throw new InvalidOperationException($"{Name}: $ref loop at {reference}.");
            }

            var pointer = (string)reference!;
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{Name}: external $ref {pointer} is not supported.");
            }

            JsonNode? target = Root;
            foreach (var segment in pointer[2..].Split('/'))
            {
                target = target?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            node = target ?? throw new InvalidOperationException($"{Name}: $ref {pointer} not found.");
        }

        return node;
    }
}

internal sealed class SpecOperation
{
    private readonly Regex _pattern;
    private readonly JsonArray? _pathParameters;

    public SpecOperation(SpecDocument document, string method, string path, JsonObject operation, JsonArray? pathParameters)
    {
        Document = document;
        Method = method;
        Path = path;
        Operation = operation;
        _pathParameters = pathParameters;
        _pattern = new Regex("^" + Regex.Replace(Regex.Escape(path).Replace("\\{", "{", StringComparison.Ordinal), "\\{[^}]+}", "[^/]+") + "$");
    }

    public SpecDocument Document { get; }

    public string Method { get; }

    /// <summary>The path template relative to the store, e.g. <c>/v2/orders/{order_id}</c>.</summary>
    public string Path { get; }

    public JsonObject Operation { get; }

    public bool Deprecated => Operation["deprecated"]?.GetValue<bool>() == true;

    public bool Matches(string path) => _pattern.IsMatch(path);

    /// <summary>Path-level and operation-level parameters, resolved.</summary>
    public IEnumerable<JsonObject> Parameters
        => (_pathParameters ?? []).Concat(Operation["parameters"] as JsonArray ?? [])
            .Select(p => Document.Resolve(p!).AsObject());

    public IEnumerable<string> QueryParameterNames
        => Parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!);

    public JsonNode? RequestSchema
        => Operation["requestBody"] is { } body ? Document.Resolve(body)["content"]?["application/json"]?["schema"] : null;

    /// <summary>The JSON media types of the 2xx responses: status, schema and examples (verbatim, $refs followed).</summary>
    public IEnumerable<SpecResponse> SuccessResponses()
    {
        foreach (var (status, response) in Operation["responses"]?.AsObject() ?? [])
        {
            if (!status.StartsWith('2') || Document.Resolve(response!)["content"]?["application/json"] is not JsonObject media)
            {
                continue;
            }

            var examples = new List<(string, JsonNode?)>();
            if (media.ContainsKey("example"))
            {
                examples.Add(("example", media["example"]));
            }

            foreach (var (name, example) in media["examples"]?.AsObject() ?? [])
            {
                var resolved = Document.Resolve(example!);
                if (resolved.AsObject().ContainsKey("value"))
                {
                    examples.Add((name, resolved["value"]));
                }
            }

            yield return new SpecResponse(status, media["schema"], examples);
        }
    }

    public override string ToString() => $"{Method} {Path} ({Document.Name})";
}

internal sealed record SpecResponse(string Status, JsonNode? Schema, IReadOnlyList<(string Name, JsonNode? Value)> Examples);
