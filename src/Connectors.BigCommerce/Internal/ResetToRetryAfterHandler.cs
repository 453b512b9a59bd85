using System.Net;
using System.Net.Http.Headers;

namespace Connectors.BigCommerce;

/// <summary>
/// BigCommerce answers a 429 with <c>X-Rate-Limit-Time-Reset-Ms</c> and no <c>Retry-After</c>. This handler, next
/// to the network, copies the reset time into <c>Retry-After</c> so Core's retry delay and the final
/// <c>ConnectorRateLimitedException.RetryAfter</c> both carry it.
/// </summary>
internal sealed class ResetToRetryAfterHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests
            && response.Headers.RetryAfter is null
            && BigCommerceRateLimitReader.Instance.Read(response) is { } snapshot)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(snapshot.ResetAfter);
        }

        return response;
    }
}
