using System.Net;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>The caller's stream and where it started; shared by every send of one upload.</summary>
internal sealed class UploadSource(Stream stream)
{
    private readonly long? _start = stream.CanSeek ? stream.Position : null;
    private int _sends;

    public long? Length => _start is { } start ? stream.Length - start : null;

    /// <summary>The stream, rewound for a second send when it can be; a consumed non-seekable stream is an error.</summary>
    public Stream Open()
    {
        if (Interlocked.Increment(ref _sends) > 1)
        {
            stream.Position = _start ?? throw new IOException("The upload stream was already sent and cannot be rewound; retry the upload with a new or seekable stream.");
        }

        return stream;
    }
}

/// <summary>Copies the caller's stream to the network as it is read: nothing is buffered beyond one copy chunk.</summary>
internal sealed class UploadStreamContent(UploadSource source) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        => source.Open().CopyToAsync(stream, 81920, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = source.Length ?? -1;
        return source.Length is not null;
    }

    // The caller owns the stream: disposing the request must not close it, so only the base is disposed.
    protected override void Dispose(bool disposing) => base.Dispose(disposing);
}
