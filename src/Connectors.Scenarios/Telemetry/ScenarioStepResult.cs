namespace Connectors.Scenarios.Telemetry;

/// <summary>How a step ended.</summary>
public enum ScenarioStepOutcome
{
    /// <summary>The step ran and succeeded (possibly after retries).</summary>
    Completed,

    /// <summary>The step journal showed it completed for its key, so it did not run again.</summary>
    Skipped,

    /// <summary>
    /// The step failed for good (permanently, or its retries ran out). For an action or enrich step the run is then
    /// dead-lettered; a failed tap is logged and the run goes on.
    /// </summary>
    Failed,
}

/// <summary>How one step of a run ended.</summary>
/// <param name="Step">The step name.</param>
/// <param name="Outcome">Completed, skipped or failed.</param>
/// <param name="Attempts">How many times it was tried (0 when skipped).</param>
/// <param name="Duration">How long it took, retries and their delays included.</param>
/// <param name="Error">The last failure when it failed, otherwise <see langword="null"/>.</param>
public sealed record ScenarioStepResult(string Step, ScenarioStepOutcome Outcome, int Attempts, TimeSpan Duration, Exception? Error);
