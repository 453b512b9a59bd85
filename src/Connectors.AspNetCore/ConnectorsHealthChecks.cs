using Connectors.Core.DependencyInjection;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Connectors.AspNetCore;

/// <summary>Registers one health check per registered Connectors client and one for the scenario store.</summary>
public static class ConnectorsHealthChecks
{
    /// <summary>The tag every Connectors health check carries, to filter a health endpoint on.</summary>
    public const string Tag = "connectors";

    /// <summary>
    /// Adds a check for each client instance already registered (call it after <c>AddBigCommerce</c>, <c>AddCoreCase</c>, …):
    /// each client package supplies a <see cref="ConnectorHealthProbe"/> that reads one small page (webhooks, case
    /// types, callbacks, partners, process definitions); named instances get <c>{system}:{name}</c>.
    /// Adds <c>scenario-store</c>, which counts queued events, when a scenario store is registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The health checks builder, to add more checks.</returns>
    public static IHealthChecksBuilder AddConnectorsHealthChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddHealthChecks();
        foreach (var probe in services.Where(d => !d.IsKeyedService && d.ServiceType == typeof(ConnectorHealthProbe)).Select(d => d.ImplementationInstance).OfType<ConnectorHealthProbe>().ToList())
        {
            builder.Add(new HealthCheckRegistration(
                probe.Name,
                sp => new DelegateHealthCheck(ct => probe.Probe(sp, ct)),
                HealthStatus.Unhealthy,
                [Tag]));
        }

        if (services.Any(d => d.ServiceType == typeof(IScenarioStore)))
        {
            builder.Add(new HealthCheckRegistration(
                "scenario-store",
                sp => new DelegateHealthCheck(async ct => await sp.GetRequiredService<IScenarioStore>().CountQueuedAsync(ct).ConfigureAwait(false)),
                HealthStatus.Unhealthy,
                [Tag]));
        }

        return builder;
    }

    // Any exception (typed ConnectorException from a client, or a store failure) means unhealthy; its message says why.
    private sealed class DelegateHealthCheck(Func<CancellationToken, Task> probe) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await probe(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, ex.Message, ex);
            }
        }
    }
}
