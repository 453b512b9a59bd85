using Connectors.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Registers <see cref="ExstreamClient"/> with OpenText sign-in (the tenant token of the region's identity host, cached and
/// refreshed), resilience, telemetry and a health probe on a published route.
/// </summary>
public static class ExstreamServiceCollectionExtensions
{
    /// <summary>Registers the default <see cref="ExstreamClient"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddExstream(this IServiceCollection services, Action<ExstreamClientOptions> configure)
        => services.AddExstream(Options.DefaultName, configure);

    /// <summary>Registers the default <see cref="ExstreamClient"/> from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("Exstream")</c>.</param>
    public static IHttpClientBuilder AddExstream(this IServiceCollection services, IConfiguration configuration)
        => services.AddExstream(Options.DefaultName, configuration);

    /// <summary>Registers a named <see cref="ExstreamClient"/> from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name; resolve it with <see cref="IConnectorClientFactory{TClient}"/>.</param>
    /// <param name="configuration">The section.</param>
    public static IHttpClientBuilder AddExstream(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddExstream(name, options => configuration.Bind(options));
    }

    /// <summary>Registers a named <see cref="ExstreamClient"/> (one per tenant or domain).</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name; resolve it with <see cref="IConnectorClientFactory{TClient}"/>.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddExstream(this IServiceCollection services, string name, Action<ExstreamClientOptions> configure)
        => services.AddOpenTextClient(
            name,
            new ConnectorClientRegistration<ExstreamClient, ExstreamClientOptions>(
                ExstreamClient.SystemName,
                (sp, http, options) => new ExstreamClient(http, options, sp.GetService<TimeProvider>()))
            {
                // A published read: the domains list (OpenText's "Get a list of domains from DAS").
                HealthProbe = (client, ct) => ConnectorHealthProbe.FirstPageAsync(client.Design.ListDomainsAsync(), ct),
            },
            configure);
}
