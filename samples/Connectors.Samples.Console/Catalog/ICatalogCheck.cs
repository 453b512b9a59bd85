namespace Connectors.Samples.Catalog;

/// <summary>
/// Drives one catalog flow and verifies its effect. Implementations with a public parameterless constructor in
/// this assembly are found by <see cref="CatalogChecks.Discover"/>: wiring an ID is adding one class.
/// </summary>
public interface ICatalogCheck
{
    /// <summary>The catalog ID this check reports under.</summary>
    string Id { get; }

    /// <summary>Triggers the flow, waits for the runner, verifies the effect.</summary>
    /// <param name="context">The running host, its clients and (when emulated) the emulators.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>What happened.</returns>
    Task<CheckResult> RunAsync(CatalogContext context, CancellationToken cancellationToken = default);
}
