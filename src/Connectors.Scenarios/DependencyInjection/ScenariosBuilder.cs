using Connectors.Scenarios.Building;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Scenarios.DependencyInjection;

/// <summary>Registers scenarios and picks the store; returned by <c>AddScenarios</c>.</summary>
public sealed class ScenariosBuilder
{
    internal ScenariosBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection, for store packages that add their own registrations.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Adds a scenario: <c>s =&gt; s.From(trigger).Where(..).Enrich(..).Map(..).Then(..)</c>. The definition runs
    /// once, now, so a mistake (such as two steps with one name) fails at start-up.
    /// </summary>
    /// <param name="name">The scenario name: unique, stable (it keys the journal and the dead letters).</param>
    /// <param name="define">Builds the pipeline.</param>
    /// <returns>This builder.</returns>
    public ScenariosBuilder AddScenario(string name, Func<ScenarioStart, ScenarioPipeline> define)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(define);
        var pipeline = define(new ScenarioStart(name));
        if (pipeline is null || pipeline.Name != name)
        {
            throw new InvalidOperationException($"The definition of scenario '{name}' must return the pipeline built from the start it was given.");
        }

        Services.AddSingleton(pipeline);
        return this;
    }

    /// <summary>Keeps all state in memory: for tests and demos; nothing survives a restart.</summary>
    /// <returns>This builder.</returns>
    public ScenariosBuilder UseInMemoryStore() => UseStore(_ => new InMemoryScenarioStore());

    /// <summary>Uses a store created by <paramref name="factory"/> (one instance for the host).</summary>
    /// <param name="factory">Creates the store.</param>
    /// <returns>This builder.</returns>
    public ScenariosBuilder UseStore(Func<IServiceProvider, IScenarioStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.RemoveAll<IScenarioStore>();
        Services.AddSingleton(factory);
        return this;
    }
}
