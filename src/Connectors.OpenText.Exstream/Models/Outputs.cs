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

/// <summary>The engine's description of an output: queue, file and customer.</summary>
public sealed class EngineOutputContext
{
    /// <summary>The output queue that produced the file.</summary>
    public string? QueueName { get; init; }

    /// <summary>The file name.</summary>
    public string? FileName { get; init; }

    /// <summary>The customer number of the recipient.</summary>
    public string? CustomerNumber { get; init; }
}

/// <summary>A document returned by an on-demand generation.</summary>
/// <param name="Content">The document bytes.</param>
/// <param name="MimeType">The media type.</param>
/// <param name="Context">The engine's description of the output.</param>
public sealed record GeneratedDocument(ReadOnlyMemory<byte> Content, string MimeType, EngineOutputContext? Context)
{
    /// <summary>The file name the engine gave the document, if any.</summary>
    public string? FileName => Context?.FileName;
}
