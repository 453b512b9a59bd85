using Connectors.Core.DependencyInjection;
using Connectors.OpenText;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Registers <see cref="TradingGridClient"/>s.</summary>
public static class TradingGridServiceCollectionExtensions
{
    private static readonly ConnectorClientRegistration<TradingGridClient, TradingGridClientOptions> Registration =
        new(TradingGridClient.SystemName, (_, http, options) => new TradingGridClient(http, options))
        {
            HealthProbe = (client, ct) => ConnectorHealthProbe.FirstPageAsync(client.Partners.ListAsync(cancellationToken: ct), ct),
        };

    /// <summary>Registers the default Trading Grid client.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (company id, tenant, client id and secret, ...).</param>
    public static IHttpClientBuilder AddTradingGrid(this IServiceCollection services, Action<TradingGridClientOptions> configure)
        => services.AddTradingGrid(Options.DefaultName, configure);

    /// <summary>Registers a named Trading Grid client; resolve it with <c>IConnectorClientFactory&lt;TradingGridClient&gt;.CreateClient(name)</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddTradingGrid(this IServiceCollection services, string name, Action<TradingGridClientOptions> configure)
        => services.AddOpenTextClient(name, Registration, configure);

    /// <summary>Registers the default Trading Grid client from configuration (e.g. the <c>TradingGrid</c> section).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding the options.</param>
    public static IHttpClientBuilder AddTradingGrid(this IServiceCollection services, IConfiguration configuration)
        => services.AddTradingGrid(Options.DefaultName, configuration);

    /// <summary>Registers a named Trading Grid client from configuration.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name.</param>
    /// <param name="configuration">The section holding the options.</param>
    public static IHttpClientBuilder AddTradingGrid(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddTradingGrid(name, o => configuration.Bind(o)); // source-generated binding: trim and AOT safe
    }
}
