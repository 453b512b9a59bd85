using Connectors.AspNetCore;

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
        services.AddConnectorsWebhooks(o =>
        {
            o.BigCommerceSecret = configuration["Webhooks:BigCommerce"] ?? fallback;
            AddSecret(o.ExstreamSecrets, configuration["Webhooks:Exstream"] ?? fallback);
            AddSecret(o.TradingGridSecrets, configuration["Webhooks:TradingGrid"]);
            AddSecret(o.WorkflowServiceSecrets, configuration["Webhooks:WorkflowService"] ?? fallback);
        });
    }

    private static void AddSecret(IList<string> secrets, string? secret)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            secrets.Add(secret);
        }
    }
}
