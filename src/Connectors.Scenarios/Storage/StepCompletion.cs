namespace Connectors.Scenarios.Storage;

/// <summary>Journal entry: a step finished for a key, so it is never done again for that key.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Step">The step name.</param>
/// <param name="Key">The key the step declared (for example store + order id).</param>
/// <param name="Output">The step's output as JSON, when the step has one; replayed instead of running the step again.</param>
/// <param name="CompletedAt">When the step finished.</param>
public sealed record StepCompletion(string Scenario, string Step, string Key, string? Output, DateTimeOffset CompletedAt);
