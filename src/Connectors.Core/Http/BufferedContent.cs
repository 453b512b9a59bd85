namespace Connectors.Core;

/// <summary>
/// A response body <see cref="AttemptDeadlineHandler"/> has read into memory under the attempt deadline. It exposes
/// its bytes so <see cref="ApiConnection"/> parses them in one synchronous pass instead of streaming them again.
/// </summary>
internal sealed class BufferedContent : ByteArrayContent
{
    public BufferedContent(byte[] buffer, int count)
        : base(buffer, 0, count)
        => Bytes = new ReadOnlyMemory<byte>(buffer, 0, count);

    /// <summary>The body.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }
}
