using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>One document a job produced (metadata; download the bytes with <see cref="OutputService.DownloadAsync"/>).</summary>
public sealed class JobOutput
{
    /// <summary>The output id.</summary>
    [JsonRequired]
    public string OutputId { get; set; } = string.Empty;

    /// <summary>The job that produced it.</summary>
    public string? JobId { get; set; }

    /// <summary>The file name.</summary>
    public string? FileName { get; set; }

    /// <summary>The media type, e.g. <c>application/pdf</c>.</summary>
    public string? MimeType { get; set; }

    /// <summary>The size in bytes, when known.</summary>
    public long? Size { get; set; }

    /// <summary>Where in the engine it came from.</summary>
    public EngineOutputContext? EngineOutputContext { get; set; }

    /// <summary>When it was produced.</summary>
    public DateTimeOffset? CreatedAt { get; set; }
}
