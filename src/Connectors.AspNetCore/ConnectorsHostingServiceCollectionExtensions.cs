using Microsoft.Extensions.DependencyInjection;

namespace Connectors.AspNetCore;

/// <summary>Registers the options of the inbound endpoints.</summary>
public static class ConnectorsHostingServiceCollectionExtensions
{
    /// <summary>Configures the inbound endpoints' secrets and limits; map them with <c>MapConnectorsWebhooks()</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets secrets and limits.</param>
    public static IServiceCollection AddConnectorsWebhooks(this IServiceCollection services, Action<ConnectorsWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ConnectorsWebhookOptions>().Configure(configure);
        return services;
    }
}
