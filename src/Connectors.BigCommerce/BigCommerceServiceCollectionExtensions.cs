using System.Net.Http.Headers;
using Connectors.BigCommerce;
using Connectors.Core.Auth;
using Connectors.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="BigCommerceClient"/>s; resolve named ones with <see cref="IConnectorClientFactory{TClient}"/>.</summary>
public static class BigCommerceServiceCollectionExtensions
{
    /// <summary>Registers the default BigCommerce client.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets store hash, access token and resilience.</param>
    public static IHttpClientBuilder AddBigCommerce(this IServiceCollection services, Action<BigCommerceClientOptions> configure)
        => services.AddBigCommerce(Options.Options.DefaultName, configure);

    /// <summary>Registers a named BigCommerce client (one per store).</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name, e.g. <c>eu-store</c>.</param>
    /// <param name="configure">Sets store hash, access token and resilience.</param>
    public static IHttpClientBuilder AddBigCommerce(this IServiceCollection services, string name, Action<BigCommerceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        var registration = new ConnectorClientRegistration<BigCommerceClient, BigCommerceClientOptions>(
            BigCommerceClient.SystemName,
            (_, http, options) => new BigCommerceClient(http, options))
        {
            RateLimitReader = BigCommerceRateLimitReader.Instance,
            HealthProbe = (client, ct) => ConnectorHealthProbe.FirstPageAsync(client.Webhooks.ListAsync(), ct),
        };
        return services.AddConnectorClient(name, registration, configure)
            .ConfigureHttpClient(http => http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")))
            .AddHttpMessageHandler(sp =>
            {
                var monitor = sp.GetRequiredService<IOptionsMonitor<BigCommerceClientOptions>>();
                return new ApiKeyHandler("X-Auth-Token", () => monitor.Get(name).AccessToken);
            })
            .AddHttpMessageHandler(() => new ResetToRetryAfterHandler());
    }

    /// <summary>Registers the default BigCommerce client from configuration (keys <c>StoreHash</c>, <c>AccessToken</c>, <c>BaseAddress</c>, <c>Resilience:*</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("BigCommerce")</c>.</param>
    public static IHttpClientBuilder AddBigCommerce(this IServiceCollection services, IConfiguration configuration)
        => services.AddBigCommerce(Options.Options.DefaultName, configuration);

    /// <summary>Registers a named BigCommerce client from configuration.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name.</param>
    /// <param name="configuration">The section.</param>
    public static IHttpClientBuilder AddBigCommerce(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddBigCommerce(name, options => configuration.Bind(options));
    }
}
