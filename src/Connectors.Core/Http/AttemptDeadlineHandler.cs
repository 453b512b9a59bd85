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
    /// <summary>Set on a request whose body the caller reads as a stream.</summary>
    public static readonly HttpRequestOptionsKey<bool> Streamed = new("Connectors.StreamedResponse");

    /// <summary>The largest body buffered for the request (the connection's <c>MaxResponseBytes</c>).</summary>
    public static readonly HttpRequestOptionsKey<long> BodyLimit = new("Connectors.ResponseBodyLimit");

    private const long DefaultBodyLimit = 32L * 1024 * 1024;

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

        if (request.Options.TryGetValue(Streamed, out var streamed) && streamed)
        {
            response.Content = new StallGuardContent(response.Content, attemptTimeout, system);
            return response;
        }

        try
        {
            var limit = request.Options.TryGetValue(BodyLimit, out var configured) ? configured : DefaultBodyLimit;
            if (response.Content.Headers.ContentLength > limit)
            {
                return response; // refused by its declared length before a byte is read
            }

            response.Content = await BufferAsync(response.Content, limit, deadline.Token).ConfigureAwait(false);
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

    private static async Task<HttpContent> BufferAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        BufferedContent buffered;
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream(content.Headers.ContentLength is > 0 and var n && n <= limit ? (int)n : 0);
            await new LimitedStream(stream, limit).CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);

            // Keep the stream's own array (no copy) unless growing it left much of it unused (no Content-Length).
            var length = (int)buffer.Length;
            buffered = length >= buffer.Capacity - (buffer.Capacity / 4)
                ? new BufferedContent(buffer.GetBuffer(), length)
                : new BufferedContent(buffer.ToArray(), length);
        }

        foreach (var (name, values) in content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(name, values);
        }

        content.Dispose();
        return buffered;
    }

    private TimeoutRejectedException Stalled(HttpRequestMessage request, string what, Exception inner)
        => new($"{system}: {what} of {request.Method} {request.RequestUri?.AbsolutePath} did not arrive within {attemptTimeout.TotalSeconds:0.###} s.", attemptTimeout, inner);
}
