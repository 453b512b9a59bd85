namespace Connectors.Samples.Web.Runs;

/// <summary>What the engine's counters reported for one scenario since the host started.</summary>
/// <param name="Scenario">The scenario (recipe catalog ID).</param>
/// <param name="Completed">Events that went through it (including those a filter stopped).</param>
/// <param name="DeadLettered">Events it gave up on.</param>
/// <param name="Retried">Step retries after transient failures.</param>
public sealed record RecipeCounts(string Scenario, long Completed, long DeadLettered, long Retried);
