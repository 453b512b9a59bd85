using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
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
    /// Adds a check for each client already registered (call it after <c>AddBigCommerce</c>, <c>AddCoreCase</c>, …):
    /// it resolves the client and reads one small page (webhooks, case types, callbacks, partners, process definitions).
    /// Adds <c>scenario-store</c>, which counts queued events, when a scenario store is registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The health checks builder, to add more checks.</returns>
    public static IHealthChecksBuilder AddConnectorsHealthChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddHealthChecks();
        Add<BigCommerceClient>(services, builder, "bigcommerce", (c, ct) => FirstPageAsync(c.Webhooks.ListAsync(), ct));
        Add<CoreCaseClient>(services, builder, "corecase", (c, ct) => FirstPageAsync(c.CaseTypes.ListAsync(ct), ct));
        Add<ExstreamClient>(services, builder, "exstream", (c, ct) => FirstPageAsync(c.Callbacks.ListAsync(), ct));
        Add<TradingGridClient>(services, builder, "tradinggrid", (c, ct) => FirstPageAsync(c.Partners.ListAsync(cancellationToken: ct), ct));
        Add<WorkflowServiceClient>(services, builder, "workflowservice", (c, ct) => FirstPageAsync(c.ProcessDefinitions.ListAsync(cancellationToken: ct), ct));
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

    private static void Add<TClient>(IServiceCollection services, IHealthChecksBuilder builder, string name, Func<TClient, CancellationToken, Task> read)
        where TClient : notnull
    {
        if (!services.Any(d => d.ServiceType == typeof(TClient)))
        {
            return;
        }

        builder.Add(new HealthCheckRegistration(
            name,
            sp => new DelegateHealthCheck(ct => read(sp.GetRequiredService<TClient>(), ct)),
            HealthStatus.Unhealthy,
            [Tag]));
    }

    private static async Task FirstPageAsync<T>(Core.AsyncPageable<T> pageable, CancellationToken cancellationToken)
    {
        await foreach (var _ in pageable.AsPages(pageSizeHint: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return;
        }
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
