namespace Connectors.Core;

/// <summary>Keys that Connectors stores in <see cref="HttpRequestMessage.Options"/> for its handlers.</summary>
public static class ConnectorRequestOptions
{
    /// <summary>Set to <c>true</c> on a request the API makes idempotent; the retry strategy then retries it like a GET.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("Connectors.Idempotent");

    /// <summary>The correlation id of the flow the request belongs to; sent as <c>X-Correlation-ID</c>.</summary>
    public static readonly HttpRequestOptionsKey<string> CorrelationId = new("Connectors.CorrelationId");

    /// <summary>Whether a request can be resent safely after it may have reached the server.</summary>
    /// <param name="request">The request.</param>
    public static bool IsSafeToRetry(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(Idempotent, out var idempotent) && idempotent)
        {
            return true;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
               || method == HttpMethod.Delete || method == HttpMethod.Options;
    }
}
