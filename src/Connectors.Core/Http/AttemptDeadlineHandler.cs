using System.Buffers;
using Connectors.Shared;
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

    // Deadline sources are reused (with their timers) once reset, as Polly does with its own.
    private static readonly CancellationSources Deadlines = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var deadline = Deadlines.Rent();
        deadline.CancelAfter(attemptTimeout);
        var link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), deadline);
        try
        {
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

                var body = await ReadBodyAsync(response.Content, mode, deadline.Token).ConfigureAwait(false);
                if (mode.Pooled && response.IsSuccessStatusCode)
                {
                    // Only parsed: the bytes go to ApiConnection beside the response, which keeps its own content
                    // (consumed, its headers as received) — no second content object, no copied headers.
                    request.Options.Set(ParsedBody.Key, body);
                }
                else
                {
                    // Handed out (Response.Content) or an error body read again for the typed error: a content of its own.
                    response.Content = body.ToContent(response.Content);
                }

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
        finally
        {
            await link.DisposeAsync().ConfigureAwait(false);
            Deadlines.Return(deadline); // reset, its timer too: ready for another attempt
        }
    }

    private static async Task<ParsedBody> ReadBodyAsync(HttpContent content, ResponseReadMode mode, CancellationToken cancellationToken)
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

        return new ParsedBody(buffer, length, mode.Pooled);
    }

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

    private TimeoutRejectedException Stalled(HttpRequestMessage request, string what, Exception inner)
        => new($"{system}: {what} of {request.Method} {request.RequestUri?.AbsolutePath} did not arrive within {attemptTimeout.TotalSeconds:0.###} s.", attemptTimeout, inner);
}
