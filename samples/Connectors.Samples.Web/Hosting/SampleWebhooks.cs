using Connectors.BigCommerce;
using Connectors.Core.Webhooks;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;

namespace Connectors.Samples.Web.Hosting;

/// <summary>
/// The secrets of the inbound endpoints, from <c>Webhooks:BigCommerce</c>, <c>Webhooks:Exstream</c>,
/// <c>Webhooks:TradingGrid</c> and <c>Webhooks:WorkflowService</c>. Against the emulators, BigCommerce, Exstream
/// and Workflow Service default to <see cref="EmulatedSecret"/> so the endpoints can be tried at once.
/// </summary>
public static class SampleWebhooks
{
    /// <summary>The secret the endpoints accept when the sample runs against emulators and none is configured.</summary>
    public const string EmulatedSecret = "emulated-webhook-secret-0123456789";

    /// <summary>The path prefix of the inbound endpoints.</summary>
    public const string Prefix = "/webhooks";

    /// <summary>Configures the secrets.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="emulated">Whether to fall back to <see cref="EmulatedSecret"/>.</param>
    public static void Add(IServiceCollection services, IConfiguration configuration, bool emulated)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var fallback = emulated ? EmulatedSecret : null;
        if ((configuration["Webhooks:BigCommerce"] ?? fallback) is { Length: > 0 } bigCommerce)
        {
            services.AddWebhookReceiver(new BigCommerceWebhookReceiver(bigCommerce));
        }

        if ((configuration["Webhooks:Exstream"] ?? fallback) is { Length: > 0 } exstream)
        {
            services.AddWebhookReceiver(new ExstreamWebhookReceiver(exstream));
        }

        if (configuration["Webhooks:TradingGrid"] is { Length: > 0 } tradingGrid)
        {
            services.AddWebhookReceiver(new TradingGridWebhookReceiver(tradingGrid));
        }

        if ((configuration["Webhooks:WorkflowService"] ?? fallback) is { Length: > 0 } workflow)
        {
            services.AddWebhookReceiver(new WorkflowServiceWebhookReceiver(workflow));
        }
    }
}
