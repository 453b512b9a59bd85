using System.Globalization;
using Connectors.BigCommerce;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Scenarios.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.AspNetCore;

/// <summary>Maps the inbound endpoints of every system whose secrets are configured.</summary>
public static class ConnectorsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {prefix}/bigcommerce</c>, <c>{prefix}/exstream</c>, <c>{prefix}/tradinggrid</c> and
    /// <c>{prefix}/workflowservice</c> for the systems with secrets in <see cref="ConnectorsWebhookOptions"/>.
    /// Each authenticates the delivery, stores it in the scenario inbox and answers 200 only once it is stored.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="prefix">The path prefix.</param>
    /// <returns>The group, to add authorization or rate limiting.</returns>
    public static RouteGroupBuilder MapConnectorsWebhooks(this IEndpointRouteBuilder endpoints, string prefix = "/webhooks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<ConnectorsWebhookOptions>>().Value;
        var group = endpoints.MapGroup(prefix);
        if (!string.IsNullOrEmpty(options.BigCommerceSecret))
        {
            var receiver = new BigCommerceWebhookReceiver(options.BigCommerceSecret, options.BigCommerceSecretHeader, options.MaxBodyBytes);
            group.MapPost("/bigcommerce", InboundEndpoint.Create("BigCommerce", options.MaxBodyBytes, (request, body) => BigCommerce(receiver, request, body)));
        }

        if (options.ExstreamSecrets.Count > 0)
        {
            var receiver = new ExstreamWebhookReceiver(options.ExstreamSecrets) { MaxBodyBytes = options.MaxBodyBytes };
            group.MapPost("/exstream", InboundEndpoint.Create("Exstream", options.MaxBodyBytes, (request, body) => Exstream(receiver, request, body)));
        }

        if (options.TradingGridSecrets.Count > 0)
        {
            var receiver = new TradingGridWebhookReceiver([.. options.TradingGridSecrets]) { MaxBodyBytes = options.MaxBodyBytes };
            group.MapPost("/tradinggrid", InboundEndpoint.Create("TradingGrid", options.MaxBodyBytes, (request, body) => TradingGrid(receiver, request, body)));
        }

        if (options.WorkflowServiceSecrets.Count > 0)
        {
            var secrets = options.WorkflowServiceSecrets.ToArray();
            // The receiver reads at most its own limit; anything larger is refused as too large, not as malformed.
            var limit = Math.Min(options.MaxBodyBytes, WorkflowEventReceiver.MaxBodyBytes);
            group.MapPost("/workflowservice", InboundEndpoint.Create("WorkflowService", limit, (request, body) => Workflow(secrets, request, body)));
        }

        return group;
    }

    private static EventEnvelope BigCommerce(BigCommerceWebhookReceiver receiver, HttpRequest request, byte[] body)
    {
        var delivery = receiver.Receive(name => request.Headers[name].ToString() is { Length: > 0 } value ? value : null, body);
        var resourceId = delivery.OrderId ?? delivery.Data?.Id;
        return new EventEnvelope(delivery.DeliveryKey, InboundSources.BigCommerce, delivery.Scope ?? "unknown", InboundEndpoint.Text(body))
        {
            Subject = resourceId is null ? null : string.Create(CultureInfo.InvariantCulture, $"{delivery.StoreHash}:{resourceId}"),
            OccurredAt = delivery.CreatedAtTime,
        };
    }

    private static EventEnvelope Exstream(ExstreamWebhookReceiver receiver, HttpRequest request, byte[] body)
    {
        var e = receiver.Receive(body, request.Headers[ExstreamWebhookReceiver.SignatureHeader].ToString());
        return new EventEnvelope(e.EventId, InboundSources.Exstream, e.Type.Value, InboundEndpoint.Text(body))
        {
            Subject = e.JobId,
            OccurredAt = e.OccurredAt,
            CorrelationId = e.CorrelationId,
        };
    }

    private static EventEnvelope TradingGrid(TradingGridWebhookReceiver receiver, HttpRequest request, byte[] body)
    {
        var e = receiver.VerifyAndRead(body, request.Headers[TradingGridWebhookReceiver.SignatureHeader].ToString());
        return new EventEnvelope(e.EventId, InboundSources.TradingGrid, e.EventType.Value, InboundEndpoint.Text(body))
        {
            Subject = e.Data.ThreadId ?? e.Data.DocumentId ?? e.PartnerCompanyId,
            OccurredAt = e.OccurredAt,
        };
    }

    private static EventEnvelope Workflow(string[] secrets, HttpRequest request, byte[] body)
    {
        var e = WorkflowEventReceiver.ReadEvent(body, request.Headers[WorkflowEventReceiver.SignatureHeader].ToString(), secrets);
        return new EventEnvelope(e.Id, InboundSources.WorkflowService, e.Type.Value, InboundEndpoint.Text(body))
        {
            Subject = e.ProcessInstanceId,
            OccurredAt = e.Time,
        };
    }
}
