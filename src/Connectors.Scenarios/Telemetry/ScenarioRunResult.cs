using Connectors.Scenarios.Storage;

namespace Connectors.Scenarios.Telemetry;

/// <summary>How a run ended.</summary>
public enum ScenarioRunOutcome
{
    /// <summary>The event went through every step.</summary>
    Completed,

    /// <summary>A filter (<c>Where</c> or an unmatched route) stopped the event; it completed without further effect.</summary>
    Filtered,

    /// <summary>A step failed for good and the event was moved to the dead letters.</summary>
    DeadLettered,

    /// <summary>
    /// The run stopped before an outcome was stored: the host is stopping or the store failed. The event stays
    /// queued and runs again (its journaled steps are skipped).
    /// </summary>
    Interrupted,
}

/// <summary>How a run ended.</summary>
/// <param name="Outcome">Completed, filtered, dead-lettered or interrupted.</param>
/// <param name="Duration">How long the run took.</param>
/// <param name="StoppedBy">The stage that stopped a <see cref="ScenarioRunOutcome.Filtered"/> run.</param>
/// <param name="DeadLetter">The stored dead letter of a <see cref="ScenarioRunOutcome.DeadLettered"/> run.</param>
/// <param name="Error">
/// The failure of a dead-lettered or interrupted run, as thrown (a <c>ConnectorException</c> carries the vendor's
/// request id and status); <see langword="null"/> otherwise.
/// </param>
public sealed record ScenarioRunResult(ScenarioRunOutcome Outcome, TimeSpan Duration, string? StoppedBy, DeadLetter? DeadLetter, Exception? Error);
