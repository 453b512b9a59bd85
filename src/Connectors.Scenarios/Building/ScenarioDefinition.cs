using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Building;

/// <summary>What a scenario's builder has collected: its name, triggers and step names.</summary>
internal sealed class ScenarioDefinition(string name)
{
    private readonly HashSet<string> _stepNames = new(StringComparer.Ordinal);
    private int _stageCount;

    public string Name { get; } = name;

    public List<IScenarioTrigger> Triggers { get; } = [];

    public IReadOnlyCollection<string> StepNames => _stepNames;

    public string AddStep(string step)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        if (!_stepNames.Add(step))
        {
            throw new InvalidOperationException($"Scenario '{Name}' already has a step named '{step}'; step names must be unique because completed steps are journaled by name.");
        }

        return step;
    }

    public string AddAnonymousStep(string kind) => AddStep($"{kind}#{++_stageCount}");
}
