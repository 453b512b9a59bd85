using System.Diagnostics.CodeAnalysis;
using Connectors.Core.Auth;
using Connectors.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText;

/// <summary>Registers OpenText clients: the shared token cache and the bearer-token handler.</summary>
public static class OpenTextServiceCollectionExtensions
{
    /// <summary>
    /// Registers an OpenText product client through <see cref="ConnectorServiceCollectionExtensions.AddConnectorClient{TClient, TOptions}"/>
    /// and signs its requests in with OpenText identity in the options' <see cref="OpenTextClientOptions.TokenFlow"/>
    /// (cached token, refreshed ahead of expiry, one retry on 401; sign-in refusals name the product).
    /// </summary>
    /// <typeparam name="TClient">The client type.</typeparam>
    /// <typeparam name="TOptions">The client's options.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name.</param>
    /// <param name="registration">How to build the client.</param>
    /// <param name="configure">Configures the options.</param>
    public static IHttpClientBuilder AddOpenTextClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this IServiceCollection services,
        string name,
        ConnectorClientRegistration<TClient, TOptions> registration,
        Action<TOptions> configure)
        where TClient : class
        where TOptions : OpenTextClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenTextIdentity();
        return services.AddConnectorClient(name, registration, configure)
            .AddHttpMessageHandler(sp => new BearerTokenHandler(
                sp.GetRequiredService<OpenTextTokenProviders>().Get(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name), registration.System)));
    }

    /// <summary>Registers the shared OpenText token cache and the identity HTTP client (idempotent).</summary>
    /// <param name="services">The services.</param>
    public static IServiceCollection AddOpenTextIdentity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(OpenTextTokenProviders)))
        {
            return services;
        }

        services.AddHttpClient(OpenTextTokenProviders.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton(sp => new OpenTextTokenProviders(sp.GetRequiredService<IHttpClientFactory>(), sp.GetService<TimeProvider>()));
        return services;
    }
}
