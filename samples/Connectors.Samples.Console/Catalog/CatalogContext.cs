using Connectors.Scenarios;
using Connectors.Scenarios.Building;
using Connectors.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Catalog;

/// <summary>What a check works with: the host's services, the engine and, when emulated, the emulators.</summary>
public sealed class CatalogContext
{
    private readonly HashSet<string> _scenarios;

    /// <summary>Creates the context over a built host's services.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The configuration (options of checks against real systems).</param>
    /// <param name="systems">The emulators, or <see langword="null"/> against real systems.</param>
    public CatalogContext(IServiceProvider services, IConfiguration configuration, EmulatedSystems? systems)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        Services = services;
        Configuration = configuration;
        Systems = systems;
        _scenarios = services.GetServices<ScenarioPipeline>().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The host's services (clients, options).</summary>
    public IServiceProvider Services { get; }

    /// <summary>The configuration.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The emulators, or <see langword="null"/> when the host points at real systems.</summary>
    public EmulatedSystems? Systems { get; }

    /// <summary>Whether the clients talk to the emulators.</summary>
    public bool IsEmulated => Systems is not null;

    /// <summary>Where host events are submitted.</summary>
    public IScenarioInbox Inbox => Services.GetRequiredService<IScenarioInbox>();

    /// <summary>The runner: poll now, wait for idle.</summary>
    public IScenarioRunner Runner => Services.GetRequiredService<IScenarioRunner>();

    /// <summary>Dead letters (a check can assert none were written).</summary>
    public IScenarioDeadLetters DeadLetters => Services.GetRequiredService<IScenarioDeadLetters>();

    /// <summary>Names of the registered scenarios (a recipe's scenario name is its catalog ID).</summary>
    public IReadOnlyCollection<string> Scenarios => _scenarios;

    /// <summary>Whether a scenario with this name is registered.</summary>
    /// <param name="scenario">The scenario name (catalog ID).</param>
    public bool IsRegistered(string scenario) => _scenarios.Contains(scenario);

    /// <summary>A required service.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs a poll trigger now and waits until the runner has processed everything stored.</summary>
    /// <param name="pollerName">The poll trigger name.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>How many new events the poll stored.</returns>
    public async Task<int> PollAndWaitAsync(string pollerName, CancellationToken cancellationToken = default)
    {
        var stored = await Runner.PollAsync(pollerName, cancellationToken).ConfigureAwait(false);
        await Runner.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }
}
