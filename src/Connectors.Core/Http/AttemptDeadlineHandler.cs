using System.Buffers;
using Polly.Timeout;

namespace Connectors.Core;

/// <summary>
/// Puts every byte of an attempt under a deadline: the headers and the whole body are read here, inside the
/// resilience pipeline (so a stalled or slow-drip body is an attempt timeout, retried when safe), and a streamed
/// body (<see cref="ApiConnection.SendForStreamAsync"/>) is guarded so that a read that gets no bytes for the
/// attempt timeout fails with <see cref="ConnectorTimeoutException"/> instead of hanging. Works with the
/// resilience pipeline switched off too.
/// </summary>
internal sealed class AttemptDeadlineHandler(string system, TimeSpan attemptTimeout) : DelegatingHandler
{
    private static readonly ResponseReadMode Default = new(32L * 1024 * 1024, Streamed: false, Pooled: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(attemptTimeout);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Stalled(request, "the response headers", ex);
        }

        var mode = request.Options.TryGetValue(ResponseReadMode.Key, out var set) ? set : Default;
        if (mode.Streamed)
        {
            response.Content = new StallGuardContent(response.Content, attemptTimeout, system);
            return response;
        }

        try
        {
            if (response.Content.Headers.ContentLength > mode.BodyLimit)
            {
                return response; // refused by its declared length before a byte is read
            }

            response.Content = await BufferAsync(response.Content, mode, deadline.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response.Dispose();
            throw Stalled(request, "the response body", ex);
        }
        catch (IOException ex)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The response body of {request.Method} {request.RequestUri?.AbsolutePath} broke off: {ex.Message}", ex);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<HttpContent> BufferAsync(HttpContent content, ResponseReadMode mode, CancellationToken cancellationToken)
    {
        var limit = mode.BodyLimit;
        var declared = content.Headers.ContentLength is { } n && n <= limit ? (int)n : -1;
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

        var buffered = new BufferedContent(buffer, length, mode.Pooled);
        foreach (var (name, values) in content.Headers.NonValidated)
        {
            _ = values.Count == 1
                ? buffered.Headers.TryAddWithoutValidation(name, values.ToString())
                : buffered.Headers.TryAddWithoutValidation(name, values);
        }

        content.Dispose();
        return buffered;
    }

    private static byte[] Allocate(int size, bool pooled) => pooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];

    private static void Release(byte[] buffer, bool pooled)
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

    private TimeoutRejectedException Stalled(HttpRequestMessage request, string what, Exception inner)
        => new($"{system}: {what} of {request.Method} {request.RequestUri?.AbsolutePath} did not arrive within {attemptTimeout.TotalSeconds:0.###} s.", attemptTimeout, inner);
}
