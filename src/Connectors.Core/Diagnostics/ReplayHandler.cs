using System.Net;
using System.Text;

namespace Connectors.Core.Diagnostics;

/// <summary>
/// Serves a recorded fixture back to a client (a contract test from a tenant's recording): each request gets the
/// recorded answer with the same method and path (query ignored when no exact match); repeated calls take the
/// recorded answers in order, the last one again when they run out. An unrecorded request gets 404.
/// </summary>
public sealed class ReplayHandler : HttpMessageHandler
{
    private readonly IReadOnlyList<RecordedCall> _calls;
    private readonly Dictionary<string, int> _served = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates the handler over recorded calls.</summary>
    /// <param name="calls">The calls, e.g. from <see cref="RecordedCall.Load"/>.</param>
    public ReplayHandler(IReadOnlyList<RecordedCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        _calls = calls;
    }

    /// <summary>The requests that had no recorded answer (method and path).</summary>
    public IList<string> Unmatched { get; } = [];

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method.Method;
        var pathAndQuery = request.RequestUri?.PathAndQuery ?? string.Empty;
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        RecordedCall? call;
        lock (_lock)
        {
            call = Next(method, pathAndQuery, c => c.Path == pathAndQuery) ?? Next(method, path, c => c.Path.Split('?')[0] == path);
            if (call is null)
            {
                Unmatched.Add($"{method} {pathAndQuery}");
            }
        }

        if (call is null)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        var body = call.Json?.ToJsonString() ?? call.Text;
        var response = new HttpResponseMessage((HttpStatusCode)call.Status) { RequestMessage = request };
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, call.ContentType ?? "application/json");
        }

        if (call.RequestId is not null)
        {
            response.Headers.TryAddWithoutValidation("X-Request-ID", call.RequestId);
        }

        return Task.FromResult(response);
    }

    private RecordedCall? Next(string method, string key, Func<RecordedCall, bool> match)
    {
        var candidates = _calls.Where(c => c.Method == method && match(c)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var served = _served.GetValueOrDefault(method + " " + key);
        _served[method + " " + key] = served + 1;
        return candidates[Math.Min(served, candidates.Count - 1)];
    }
}
