using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>One document a job produced (metadata; download the bytes with <see cref="OutputService.DownloadAsync"/>).</summary>
public sealed class JobOutput
{
    /// <summary>The output id.</summary>
    [JsonRequired]
    public string OutputId { get; init; } = string.Empty;

    /// <summary>The job that produced it.</summary>
    public string? JobId { get; init; }

    /// <summary>The file name.</summary>
    public string? FileName { get; init; }

    /// <summary>The media type, e.g. <c>application/pdf</c>.</summary>
    public string? MimeType { get; init; }

    /// <summary>The size in bytes, when known.</summary>
    public long? Size { get; init; }

    /// <summary>Where in the engine it came from.</summary>
    public EngineOutputContext? EngineOutputContext { get; init; }

    /// <summary>When it was produced.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
