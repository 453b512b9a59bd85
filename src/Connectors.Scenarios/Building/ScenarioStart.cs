using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Building;

/// <summary>The start of a scenario definition: pick its triggers with <see cref="From{T}"/>.</summary>
public sealed class ScenarioStart
{
    internal const string PayloadStep = "payload";

    private readonly ScenarioDefinition _definition;

    internal ScenarioStart(string name)
    {
        _definition = new ScenarioDefinition(name);
    }

    /// <summary>Starts the scenario from one or more triggers of the same payload type (a webhook and its poll twin).</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <param name="more">More triggers, for example the poll twin of a webhook.</param>
    /// <returns>The builder for the next step.</returns>
    public ScenarioBuilder<T> From<T>(ScenarioTrigger<T> trigger, params ScenarioTrigger<T>[] more)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(more);
        ScenarioTrigger<T>[] triggers = [trigger, .. more];
        _definition.Triggers.AddRange(triggers);
        _definition.AddStep(PayloadStep);
        var scenario = _definition.Name;

        return new ScenarioBuilder<T>(_definition, context =>
        {
            var envelope = context.Envelope;
            var chosen = Array.Find(triggers, t => t.Matches(envelope)) ?? trigger;
            try
            {
                return ValueTask.FromResult(Flow<T>.Pass(envelope.GetPayload(chosen.PayloadType)));
            }
            catch (ScenarioPayloadException ex)
            {
                throw new ScenarioStepException(scenario, PayloadStep, 1, ex);
            }
        });
    }
}
