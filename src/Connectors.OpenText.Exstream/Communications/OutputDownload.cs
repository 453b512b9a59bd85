using Connectors.Core;

namespace Connectors.OpenText.Exstream;

/// <summary>A document being downloaded: read <see cref="Content"/> as it arrives, then dispose.</summary>
public sealed class OutputDownload : IAsyncDisposable, IDisposable
{
    private readonly StreamResponse? _response;
    private readonly Response _raw;

    internal OutputDownload(StreamResponse response)
    {
        _response = response;
        _raw = response.Raw;
        Content = response.Content;
        ContentType = response.ContentType;
        FileName = response.FileName;
        Length = response.ContentLength;
    }

    /// <summary>Creates a download over any stream (for tests and mocks).</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">The media type.</param>
    /// <param name="fileName">The file name.</param>
    public OutputDownload(Stream content, string? contentType, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        ContentType = contentType;
        FileName = fileName;
        Length = content.CanSeek ? content.Length : null;
        _raw = Response.Create();
    }

    /// <summary>The document bytes, streamed.</summary>
    public Stream Content { get; }

    /// <summary>The media type, e.g. <c>application/pdf</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The file name the service gave, if any.</summary>
    public string? FileName { get; }

    /// <summary>The length in bytes, when the service said.</summary>
    public long? Length { get; }

    /// <summary>The HTTP status, headers and request id.</summary>
    public Response GetRawResponse() => _raw;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_response is null)
        {
            Content.Dispose();
        }
        else
        {
            _response.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_response is null)
        {
            await Content.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            await _response.DisposeAsync().ConfigureAwait(false);
        }
    }
}
