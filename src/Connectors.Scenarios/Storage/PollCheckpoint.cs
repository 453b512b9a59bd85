namespace Connectors.Scenarios.Storage;

/// <summary>The position a poller has durably reached.</summary>
/// <param name="Name">The poll trigger name.</param>
/// <param name="Value">The position, for example the largest "modified" timestamp seen (round-trip format).</param>
public sealed record PollCheckpoint(string Name, string Value);
