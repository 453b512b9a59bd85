using Connectors.Core.DependencyInjection;
using Connectors.OpenText;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText.WorkflowService;

/// <summary>Registers <see cref="WorkflowServiceClient"/>.</summary>
public static class WorkflowServiceServiceCollectionExtensions
{
    /// <summary>Registers the default Workflow Service client.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options.</param>
    public static IHttpClientBuilder AddWorkflowService(this IServiceCollection services, Action<WorkflowServiceClientOptions> configure)
        => services.AddWorkflowService(Options.DefaultName, configure);

    /// <summary>Registers the default client from configuration (e.g. the <c>OpenText:WorkflowService</c> section).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with BaseAddress, TenantId, ClientId, ClientSecret, ….</param>
    public static IHttpClientBuilder AddWorkflowService(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddWorkflowService(Options.DefaultName, options => configuration.Bind(options));
    }

    /// <summary>Registers a named client (one per tenant); resolve it with <see cref="IConnectorClientFactory{TClient}"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name.</param>
    /// <param name="configure">Configures the options.</param>
    public static IHttpClientBuilder AddWorkflowService(this IServiceCollection services, string name, Action<WorkflowServiceClientOptions> configure)
        => services.AddOpenTextClient(
            name,
            new ConnectorClientRegistration<WorkflowServiceClient, WorkflowServiceClientOptions>(
                WorkflowServiceClient.SystemName,
                (_, http, options) => new WorkflowServiceClient(http, options))
            {
                HealthProbe = (client, ct) => ConnectorHealthProbe.FirstPageAsync(client.Models.ListAsync(cancellationToken: ct), ct),
            },
            configure);
}
