using System.Buffers;

namespace Connectors.Core;

/// <summary>
/// A response body <see cref="ConnectorHandler"/> has read into memory under the attempt deadline. It exposes
/// its bytes so <see cref="ApiConnection"/> parses them in one synchronous pass instead of streaming them again. A body
/// read only to be parsed sits in an array rented from <see cref="ArrayPool{T}.Shared"/>, returned when the response
/// is disposed (the parsed value never points into it); a body handed to the caller (<see cref="Response.Content"/>)
/// is in an array of its own.
/// </summary>
internal sealed class BufferedContent : ByteArrayContent
{
    private byte[]? _rented;

    public BufferedContent(byte[] buffer, int count, bool rented)
        : base(buffer, 0, count)
    {
        Bytes = new ReadOnlyMemory<byte>(buffer, 0, count);
        _rented = rented && buffer.Length > 0 ? buffer : null;
    }

    /// <summary>The body; for a rented buffer, valid until the content is disposed.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _rented, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        base.Dispose(disposing);
    }
}
