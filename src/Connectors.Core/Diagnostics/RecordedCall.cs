using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Connectors.Core.Diagnostics;

/// <summary>One call in a recorded fixture (one JSON object per line of the fixture file).</summary>
public sealed class RecordedCall
{
    /// <summary>The system (<c>BigCommerce</c>, <c>CoreCase</c>, …).</summary>
    public string System { get; init; } = string.Empty;

    /// <summary>The request method.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The request's path and query, relative to the host, with redacted query values.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The response status.</summary>
    public int Status { get; init; }

    /// <summary>The response content type, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>The vendor's request id, if the answer had one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The redacted JSON body, when the body was JSON.</summary>
    public JsonNode? Json { get; init; }

    /// <summary>The redacted text body, when the body was text but not JSON; binary bodies are not kept.</summary>
    public string? Text { get; init; }

    /// <summary>Reads a fixture file written by <see cref="RecordingHandler"/>.</summary>
    /// <param name="path">The file.</param>
    public static IReadOnlyList<RecordedCall> Load(string path)
        => [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize(l, RecordingJsonContext.Default.RecordedCall)!)];
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RecordedCall))]
internal sealed partial class RecordingJsonContext : JsonSerializerContext;
