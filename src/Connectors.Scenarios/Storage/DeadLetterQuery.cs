namespace Connectors.Scenarios.Storage;

/// <summary>Selects dead letters; every criterion that is set must match.</summary>
public sealed record DeadLetterQuery
{
    /// <summary>Only this scenario.</summary>
    public string? Scenario { get; init; }

    /// <summary>Only failures in this step.</summary>
    public string? Step { get; init; }

    /// <summary>Only events of this type.</summary>
    public string? EventType { get; init; }

    /// <summary>Only failures with this exception type (full name).</summary>
    public string? ErrorType { get; init; }

    /// <summary>Only failures at or after this time.</summary>
    public DateTimeOffset? FailedFrom { get; init; }

    /// <summary>Only failures before this time.</summary>
    public DateTimeOffset? FailedBefore { get; init; }

    /// <summary>At most this many dead letters, oldest first.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Whether <paramref name="deadLetter"/> matches this query (ignoring <see cref="Limit"/>).</summary>
    /// <param name="deadLetter">The dead letter.</param>
    /// <returns><see langword="true"/> when every criterion that is set matches.</returns>
    public bool Matches(DeadLetter deadLetter)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        return (Scenario is null || Scenario == deadLetter.Scenario)
            && (Step is null || Step == deadLetter.Step)
            && (EventType is null || EventType == deadLetter.Envelope.Type)
            && (ErrorType is null || ErrorType == deadLetter.ErrorType)
            && (FailedFrom is null || deadLetter.FailedAt >= FailedFrom)
            && (FailedBefore is null || deadLetter.FailedAt < FailedBefore);
    }
}
