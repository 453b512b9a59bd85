using Connectors.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText.CoreCase;

/// <summary>Registers <see cref="CoreCaseClient"/>.</summary>
public static class CoreCaseServiceCollectionExtensions
{
    private static readonly ConnectorClientRegistration<CoreCaseClient, CoreCaseClientOptions> Registration =
        new(CoreCaseClient.SystemName, (_, http, options) => new CoreCaseClient(http, options))
        {
            HealthProbe = (client, ct) => ConnectorHealthProbe.FirstPageAsync(client.CaseDefinitions.ListAsync(ct), ct),
        };

    /// <summary>Registers the default Core Case client.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options.</param>
    public static IHttpClientBuilder AddCoreCase(this IServiceCollection services, Action<CoreCaseClientOptions> configure)
        => services.AddCoreCase(Options.DefaultName, configure);

    /// <summary>Registers a named Core Case client (one per tenant); resolve it with <see cref="IConnectorClientFactory{TClient}"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name.</param>
    /// <param name="configure">Configures the options.</param>
    public static IHttpClientBuilder AddCoreCase(this IServiceCollection services, string name, Action<CoreCaseClientOptions> configure)
        => services.AddOpenTextClient(name, Registration, configure);

    /// <summary>Registers the default Core Case client from configuration (e.g. the <c>CoreCase</c> section).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <see cref="CoreCaseClientOptions"/>.</param>
    public static IHttpClientBuilder AddCoreCase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddCoreCase(Options.DefaultName, options => configuration.Bind(options));
    }
}
