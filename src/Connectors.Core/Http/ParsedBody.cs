namespace Connectors.Core;

/// <summary>
/// A response body <see cref="ConnectorHandler"/> has read into memory under the attempt deadline. A successful
/// body that is only parsed travels beside its response on the request (<see cref="ConnectorRequestMessage.Body"/>): the response keeps
/// its own, consumed content and headers, and <see cref="ApiConnection"/> parses these bytes in one pass, then
/// <see cref="Release"/>s a pooled array. Any other body becomes the response's content (<see cref="ToContent"/>).
/// </summary>
internal sealed class ParsedBody
{
    private byte[]? _buffer;
    private readonly int _length;
    private readonly bool _pooled;

    public ParsedBody(byte[] buffer, int length, bool pooled)
    {
        _buffer = buffer;
        _length = length;
        _pooled = pooled;
    }

    /// <summary>The body; for a pooled array, valid until <see cref="Release"/>.</summary>
    public ReadOnlySpan<byte> Span => _buffer is { } buffer ? buffer.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(ParsedBody));

    /// <summary>Returns a pooled array to the pool (once; nothing parsed points into it).</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            AttemptBody.Release(buffer, _pooled);
        }
    }

    /// <summary>The body as a content of its own with <paramref name="received"/>'s headers, which it replaces (and disposes).</summary>
    public BufferedContent ToContent(HttpContent received)
    {
        var buffer = Interlocked.Exchange(ref _buffer, null) ?? throw new ObjectDisposedException(nameof(ParsedBody));
        var buffered = new BufferedContent(buffer, _length, _pooled);
        foreach (var (name, values) in received.Headers.NonValidated)
        {
            _ = values.Count == 1
                ? buffered.Headers.TryAddWithoutValidation(name, values.ToString())
                : buffered.Headers.TryAddWithoutValidation(name, values);
        }

        received.Dispose();
        return buffered;
    }
}
