namespace Connectors.Samples.Web.Runs;

/// <summary>How one run of an event through its scenario ended.</summary>
public enum RunOutcome
{
    /// <summary>The event went through its scenario (or a filter stopped it).</summary>
    Completed,

    /// <summary>A step failed for good and the event was dead-lettered.</summary>
    DeadLettered,
}

/// <summary>One run of an event through a scenario, as the engine's trace reported it.</summary>
/// <param name="Scenario">The scenario (recipe catalog ID).</param>
/// <param name="MessageId">The event id.</param>
/// <param name="CorrelationId">The correlation id of the business flow.</param>
/// <param name="EventType">The event type, for example the webhook scope.</param>
/// <param name="Subject">The event subject, for example <c>store:order</c>.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Error">Why it was dead-lettered, when it was.</param>
public sealed record RecordedRun(
    string Scenario,
    string MessageId,
    string? CorrelationId,
    string? EventType,
    string? Subject,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    RunOutcome Outcome,
    string? Error);
