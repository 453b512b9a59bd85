using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Testing;

namespace Connectors.Samples.Web.Hosting;

/// <summary>
/// The clients the sample talks to: each system with a configuration section (<see cref="Sections"/>) is the
/// real one; with none, all five are emulators started in-process.
/// </summary>
public static class SampleSystems
{
    /// <summary>The configuration sections of the five systems, bound with each client's <c>Add…(IConfiguration)</c>.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["BigCommerce", "CoreCase", "Exstream", "TradingGrid", "WorkflowService"];

    /// <summary>Whether the configuration names any real system.</summary>
    /// <param name="configuration">The configuration.</param>
    public static bool UsesRealSystems(IConfiguration configuration)
        => Sections.Any(s => configuration.GetSection(s).Exists());

    /// <summary>Registers the clients: the configured real systems, or emulators it starts.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="cancellationToken">Cancels starting the emulators.</param>
    /// <returns>The started emulators, or <see langword="null"/> against real systems.</returns>
    public static async Task<EmulatedSystems?> AddClientsAsync(IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!UsesRealSystems(configuration))
        {
            var systems = await EmulatedSystems.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            services.AddEmulatedConnectors(systems);
            return systems;
        }

        // Only the configured ones: a client without settings would fail its health check for nothing.
        Add(configuration, "BigCommerce", section => services.AddBigCommerce(section));
        Add(configuration, "CoreCase", section => services.AddCoreCase(section));
        Add(configuration, "Exstream", section => services.AddExstream(section));
        Add(configuration, "TradingGrid", section => services.AddTradingGrid(section));
        Add(configuration, "WorkflowService", section => services.AddWorkflowService(section));
        return null;
    }

    private static void Add(IConfiguration configuration, string name, Action<IConfigurationSection> add)
    {
        var section = configuration.GetSection(name);
        if (section.Exists())
        {
            add(section);
        }
    }
}
