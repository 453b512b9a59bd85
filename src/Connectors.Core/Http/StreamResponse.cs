namespace Connectors.Core;

/// <summary>
/// A downloaded body as a stream, not buffered: dispose it when done. Carries the content type,
/// length and file name when the service sent them.
/// </summary>
public sealed class StreamResponse : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage _message;

    internal StreamResponse(HttpResponseMessage message, Stream content, Response raw)
    {
        _message = message;
        Content = content;
        Raw = raw;
    }

    /// <summary>The body, read as it arrives.</summary>
    public Stream Content { get; }

    /// <summary>The raw response.</summary>
    public Response Raw { get; }

    /// <summary>The media type, e.g. <c>application/pdf</c>.</summary>
    public string? ContentType => _message.Content.Headers.ContentType?.MediaType;

    /// <summary>The length in bytes when the service sent it.</summary>
    public long? ContentLength => _message.Content.Headers.ContentLength;

    /// <summary>The file name from <c>Content-Disposition</c>, if any.</summary>
    public string? FileName => _message.Content.Headers.ContentDisposition?.FileNameStar ?? _message.Content.Headers.ContentDisposition?.FileName?.Trim('"');

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _message.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _message.Dispose();
    }
}
