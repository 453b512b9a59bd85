using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Testing;

/// <summary>Registers every client against running emulators.</summary>
public static class EmulatedSystemsServiceCollectionExtensions
{
    /// <summary>Registers the default BigCommerce, Core Case, Exstream, Trading Grid and Workflow Service clients against <paramref name="systems"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="systems">The running emulators.</param>
    public static IServiceCollection AddEmulatedConnectors(this IServiceCollection services, EmulatedSystems systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        services.AddBigCommerce(systems.ConfigureBigCommerce);
        services.AddCoreCase(systems.ConfigureCoreCase);
        services.AddExstream(systems.ConfigureExstream);
        services.AddTradingGrid(systems.ConfigureTradingGrid);
        services.AddWorkflowService(systems.ConfigureWorkflowService);
        return services;
    }
}
