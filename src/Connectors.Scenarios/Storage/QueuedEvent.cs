using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Storage;

/// <summary>An event waiting to be processed by one scenario.</summary>
/// <param name="Sequence">Position in the queue; events are processed in this order per subject.</param>
/// <param name="Scenario">The scenario that processes it.</param>
/// <param name="Envelope">The event.</param>
/// <param name="EnqueuedAt">When the store accepted it.</param>
public sealed record QueuedEvent(long Sequence, string Scenario, EventEnvelope Envelope, DateTimeOffset EnqueuedAt);
