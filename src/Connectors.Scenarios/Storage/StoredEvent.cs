using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Storage;

/// <summary>An event to store for one scenario.</summary>
/// <param name="Scenario">The scenario that will process it.</param>
/// <param name="Envelope">The event.</param>
public sealed record StoredEvent(string Scenario, EventEnvelope Envelope);
