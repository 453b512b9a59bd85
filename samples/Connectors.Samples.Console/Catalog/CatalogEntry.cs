namespace Connectors.Samples.Catalog;

/// <summary>One row of the scenario catalog (docs: /design/scenarios.md).</summary>
/// <param name="Id">The stable catalog ID, also the recipe's scenario name.</param>
/// <param name="Description">The flow in one line.</param>
public sealed record CatalogEntry(string Id, string Description);
