namespace Connectors.Scenarios.Building;

/// <summary>
/// A complete scenario definition: what the lambda given to <c>AddScenario</c> returns.
/// Every <see cref="ScenarioBuilder{T}"/> is one.
/// </summary>
public abstract class ScenarioPipeline
{
    private protected ScenarioPipeline(ScenarioDefinition definition)
    {
        Definition = definition;
    }

    /// <summary>The scenario name.</summary>
    public string Name => Definition.Name;

    /// <summary>Names of the steps, in the order they were declared.</summary>
    public IReadOnlyCollection<string> Steps => Definition.StepNames;

    internal ScenarioDefinition Definition { get; }

    /// <summary>Runs the event through the pipeline; <see langword="false"/> when a filter stopped it.</summary>
    internal abstract ValueTask<bool> RunAsync(Runtime.RunContext context);
}
