using Connectors.Scenarios.Events;

namespace Connectors.Scenarios;

/// <summary>
/// Where a host pushes events (for example from a verified webhook endpoint). A submit returns only after the
/// event is durably stored, so the host may acknowledge the sender then; a duplicate is recognised and dropped.
/// </summary>
public interface IScenarioInbox
{
    /// <summary>Stores an event for every scenario it starts.</summary>
    /// <param name="envelope">The event.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many scenarios accepted it and for how many it was a duplicate.</returns>
    /// <exception cref="Errors.ScenarioEnvelopeException">The envelope lacks an id, source, type or payload, or the payload is too large.</exception>
    ValueTask<SubmitResult> SubmitAsync(EventEnvelope envelope, CancellationToken cancellationToken = default);

    /// <summary>Stores several events in one transaction.</summary>
    /// <param name="envelopes">The events.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The totals over all events.</returns>
    /// <exception cref="Errors.ScenarioEnvelopeException">An envelope is invalid; none is stored.</exception>
    ValueTask<SubmitResult> SubmitAsync(IReadOnlyList<EventEnvelope> envelopes, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of a submit.</summary>
/// <param name="Accepted">Events stored for processing (one per scenario the event starts).</param>
/// <param name="Duplicates">Events dropped because the scenario had already received them.</param>
public readonly record struct SubmitResult(int Accepted, int Duplicates)
{
    /// <summary>Whether no scenario is triggered by the event (nothing stored, nothing dropped as duplicate).</summary>
    public bool IsUnrouted => Accepted == 0 && Duplicates == 0;
}
