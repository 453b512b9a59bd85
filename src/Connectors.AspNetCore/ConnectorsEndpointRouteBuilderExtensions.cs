using Connectors.Core.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.AspNetCore;

/// <summary>Maps inbound endpoints for webhook receivers (any system's <see cref="IWebhookReceiver"/>).</summary>
public static class ConnectorsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {prefix}/{source}</c> for every <see cref="IWebhookReceiver"/> registered with
    /// <c>services.AddWebhookReceiver(...)</c> (for example <c>{prefix}/bigcommerce</c>, <c>{prefix}/exstream</c>).
    /// Each authenticates the delivery, stores it in the scenario inbox and answers 200 only once it is stored.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="prefix">The path prefix.</param>
    /// <returns>The group, to add authorization or rate limiting.</returns>
    public static RouteGroupBuilder MapConnectorsWebhooks(this IEndpointRouteBuilder endpoints, string prefix = "/webhooks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        foreach (var receiver in endpoints.ServiceProvider.GetServices<IWebhookReceiver>())
        {
            group.MapWebhookReceiver("/" + receiver.Source, receiver);
        }

        return group;
    }

    /// <summary>
    /// Maps <c>POST {pattern}</c> for one receiver: read the raw body (bounded), let the receiver authenticate and
    /// read it, store the event in the scenario inbox (source = <see cref="IWebhookReceiver.Source"/>), and only then
    /// answer 200. 401 unauthenticated, 400 malformed or expired, 413 too large, 503 when the store is down.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern.</param>
    /// <param name="receiver">The receiver.</param>
    /// <returns>The endpoint, to add authorization or rate limiting.</returns>
    public static IEndpointConventionBuilder MapWebhookReceiver(this IEndpointRouteBuilder endpoints, string pattern, IWebhookReceiver receiver)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(receiver);
        var options = endpoints.ServiceProvider.GetService<IOptions<ConnectorsWebhookOptions>>()?.Value ?? new ConnectorsWebhookOptions();
        var limit = Math.Min(options.MaxBodyBytes, receiver.MaxBodyBytes);
        return endpoints.MapPost(pattern, InboundEndpoint.Create(receiver, limit));
    }
}
