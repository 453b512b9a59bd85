using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;

namespace Connectors.Core;

/// <summary>
/// Reads an attempt's response body into memory for <see cref="ConnectorHandler"/>, under the attempt deadline and within
/// the body limit: into an array rented from the shared pool when the body is only parsed, an array of its own otherwise.
/// </summary>
internal static class AttemptBody
{
    /// <summary>The read mode of a request that set none.</summary>
    public static readonly ResponseReadMode Default = new(32L * 1024 * 1024, Streamed: false, Pooled: false);

    public static async ValueTask<ParsedBody> ReadAsync(HttpContent content, ResponseReadMode mode, CancellationToken cancellationToken)
    {
        var limit = mode.BodyLimit;
        var declared = DeclaredLength(content) is { } n && n <= limit ? (int)n : -1;
        var buffer = Allocate(declared >= 0 ? declared : 16 * 1024, mode.Pooled);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                // With a declared length the body is read to exactly that many bytes (the HTTP layer allows no more);
                // otherwise until the end, growing the buffer, and never beyond the limit.
                while (length != declared)
                {
                    if (length == buffer.Length)
                    {
                        buffer = Grow(buffer, length, limit, mode.Pooled);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length > limit)
                    {
                        throw new InvalidDataException($"The response body exceeds the limit of {limit} bytes.");
                    }
                }
            }
        }
        catch
        {
            Release(buffer, mode.Pooled);
            throw;
        }

        // An unpooled body grown without a declared length keeps its array unless much of it is unused.
        if (!mode.Pooled && length < buffer.Length - (buffer.Length / 4))
        {
            buffer = buffer.AsSpan(0, length).ToArray();
        }

        return new ParsedBody(buffer, length, mode.Pooled);
    }

    /// <summary>
    /// The body's length as declared: <see cref="HttpContentHeaders.ContentLength"/>, read from the header as received
    /// when there is one (the typed getter parses it into a boxed value stored beside the header, per response).
    /// </summary>
    public static long? DeclaredLength(HttpContent content)
        => content.Headers.NonValidated.TryGetValues("Content-Length", out var values)
           && values.Count == 1
           && long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : content.Headers.ContentLength;

    private static byte[] Allocate(int size, bool pooled) => pooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];

    internal static void Release(byte[] buffer, bool pooled)
    {
        if (pooled && buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length, long limit, bool pooled)
    {
        // one byte beyond the limit is enough to tell that the body exceeds it
        var size = (int)Math.Min(Math.Max(buffer.Length * 2L, 16 * 1024), Math.Min(limit + 1, Array.MaxLength));
        var grown = Allocate(size, pooled);
        buffer.AsSpan(0, length).CopyTo(grown);
        Release(buffer, pooled);
        return grown;
    }
}
