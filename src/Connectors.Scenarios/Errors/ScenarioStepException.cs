namespace Connectors.Scenarios.Errors;

/// <summary>A step gave up: it failed permanently or ran out of retries. The event goes to the dead-letter store.</summary>
public sealed class ScenarioStepException : ScenarioException
{
    /// <summary>Creates the error.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="step">The step that failed.</param>
    /// <param name="attempts">How many times the step was tried.</param>
    /// <param name="innerException">The last failure.</param>
    public ScenarioStepException(string scenario, string step, int attempts, Exception innerException)
        : base($"Step '{step}' of scenario '{scenario}' failed after {attempts} attempt(s): {innerException?.Message}",
            isTransient: false, innerException)
    {
        Scenario = scenario;
        Step = step;
        Attempts = attempts;
    }

    /// <summary>The scenario.</summary>
    public string Scenario { get; }

    /// <summary>The step that failed.</summary>
    public string Step { get; }

    /// <summary>How many times the step was tried.</summary>
    public int Attempts { get; }
}
