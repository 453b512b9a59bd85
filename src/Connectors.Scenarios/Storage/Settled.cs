namespace Connectors.Scenarios.Storage;

/// <summary>The outcome of completing or dead-lettering a claimed event.</summary>
/// <param name="Owned">
/// <see langword="false"/> when the caller no longer held the event (its lease ran out and another host took it):
/// nothing was changed.
/// </param>
/// <param name="Next">The same subject's next event, now claimed for the caller, when the store hands it over.</param>
public readonly record struct Settled(bool Owned, QueuedEvent? Next);
