using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Connectors.Scenarios.DependencyInjection;

/// <summary>Adds the scenarios engine to a host.</summary>
public static class ScenarioServiceCollectionExtensions
{
    /// <summary>
    /// Adds the scenarios engine: the inbox (<see cref="IScenarioInbox"/>), the hosted runner
    /// (<see cref="IScenarioRunner"/>) and dead-letter replay (<see cref="IScenarioDeadLetters"/>).
    /// Pick a store next: <c>.UseSqliteStore(path)</c> (durable) or <c>.UseInMemoryStore()</c> (tests).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts <see cref="ScenarioOptions"/>.</param>
    /// <returns>A builder to add scenarios and pick the store.</returns>
    public static ScenariosBuilder AddScenarios(this IServiceCollection services, Action<ScenarioOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ScenarioOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkSignal>();
        services.TryAddSingleton(sp => new ScenarioCatalog(sp.GetServices<Building.ScenarioPipeline>()));
        services.TryAddSingleton(sp => new ScenarioRunner(
            Store(sp), sp.GetRequiredService<ScenarioCatalog>(), Options(sp), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<WorkSignal>(), Logger(sp, "Connectors.Scenarios.Runner"),
            [.. sp.GetServices<Telemetry.IScenarioRunObserver>()]));
        services.TryAddSingleton<IScenarioRunner>(sp => sp.GetRequiredService<ScenarioRunner>());
        services.TryAddSingleton<IScenarioInbox>(sp => new ScenarioInbox(
            Store(sp), sp.GetRequiredService<ScenarioCatalog>(), sp.GetRequiredService<WorkSignal>(), Options(sp),
            sp.GetRequiredService<TimeProvider>(), Logger(sp, "Connectors.Scenarios.Inbox")));
        services.TryAddSingleton<IScenarioDeadLetters>(sp => new ScenarioDeadLetters(
            Store(sp), sp.GetRequiredService<WorkSignal>(), sp.GetRequiredService<TimeProvider>(), Logger(sp, "Connectors.Scenarios.DeadLetters")));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, ScenarioRunner>(sp => sp.GetRequiredService<ScenarioRunner>()));
        return new ScenariosBuilder(services);
    }

    private static IScenarioStore Store(IServiceProvider services)
        => services.GetService<IScenarioStore>() ?? throw new InvalidOperationException(
            "No scenario store is configured: call UseSqliteStore(path) (durable) or UseInMemoryStore() (tests) on the builder AddScenarios() returns.");

    private static ScenarioOptions Options(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ScenarioOptions>>().Value;
        options.Validate();
        return options;
    }

    private static ILogger Logger(IServiceProvider services, string category)
        => (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(category);
}
