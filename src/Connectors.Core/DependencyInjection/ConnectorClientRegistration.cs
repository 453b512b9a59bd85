using Connectors.Core.Resilience;

namespace Connectors.Core.DependencyInjection;

/// <summary>How a client package plugs into <see cref="ConnectorServiceCollectionExtensions.AddConnectorClient{TClient, TOptions}"/>.</summary>
/// <typeparam name="TClient">The client type.</typeparam>
/// <typeparam name="TOptions">The client's options.</typeparam>
/// <param name="System">The system name used for telemetry and errors, e.g. <c>BigCommerce</c>.</param>
/// <param name="Create">Builds a client from the configured <see cref="HttpClient"/> and the named options.</param>
public sealed record ConnectorClientRegistration<TClient, TOptions>(
    string System,
    Func<IServiceProvider, HttpClient, TOptions, TClient> Create)
    where TClient : class
    where TOptions : ConnectorClientOptions
{
    /// <summary>Reads the vendor's rate-limit headers for pacing and 429 delays, if it sends any.</summary>
    public IRateLimitReader? RateLimitReader { get; init; }

    /// <summary>A cheap authenticated read (one small page of a list) for health checks; see <see cref="ConnectorHealthProbe"/>.</summary>
    public Func<TClient, CancellationToken, Task>? HealthProbe { get; init; }
}
