using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Storage;

/// <summary>An event a scenario gave up on, with the step that failed and why.</summary>
public sealed record DeadLetter
{
    /// <summary>Id of the dead letter, used to replay it.</summary>
    public required string Id { get; init; }

    /// <summary>The scenario.</summary>
    public required string Scenario { get; init; }

    /// <summary>The step that failed.</summary>
    public required string Step { get; init; }

    /// <summary>The original event, unchanged.</summary>
    public required EventEnvelope Envelope { get; init; }

    /// <summary>Full name of the exception type of the failure.</summary>
    public required string ErrorType { get; init; }

    /// <summary>The failure message.</summary>
    public required string ErrorMessage { get; init; }

    /// <summary>How many times the failing step was tried.</summary>
    public required int Attempts { get; init; }

    /// <summary>Whether the last failure was transient (retries ran out) rather than permanent.</summary>
    public required bool IsTransient { get; init; }

    /// <summary>When the event was dead-lettered.</summary>
    public required DateTimeOffset FailedAt { get; init; }
}
