using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Connectors.BigCommerce;

/// <summary>
/// BigCommerce answers a 429 with <c>X-Rate-Limit-Time-Reset-Ms</c> and/or <c>X-Retry-After</c>, and says to
/// honour the longer of the two (docs/start/migration/4_errors.md). This handler, next to the network, puts the
/// longest wait the response asks for (those two and a standard <c>Retry-After</c>) into <c>Retry-After</c>, so
/// Core's retry delay and the final <c>ConnectorRateLimitedException.RetryAfter</c> both carry it.
/// <c>X-Retry-After</c> has no documented unit; it is read as seconds, the unit of <c>Retry-After</c>.
/// </summary>
internal sealed class ResetToRetryAfterHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && LongestWait(response) is { } wait)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
        }

        return response;
    }

    /// <summary>The longest of the waits the 429 asks for, or null when it names none.</summary>
    internal static TimeSpan? LongestWait(HttpResponseMessage response)
    {
        TimeSpan? longest = Connectors.Core.RetryAfterHeader.Read(response);
        if (BigCommerceRateLimitReader.Instance.Read(response) is { } snapshot && (longest is null || snapshot.ResetAfter > longest))
        {
            longest = snapshot.ResetAfter;
        }

        if (response.Headers.TryGetValues("X-Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= 0
            && TimeSpan.FromSeconds(seconds) is var retryAfter
            && (longest is null || retryAfter > longest))
        {
            longest = retryAfter;
        }

        return longest;
    }
}
