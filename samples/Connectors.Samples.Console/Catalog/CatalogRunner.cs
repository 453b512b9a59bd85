namespace Connectors.Samples.Catalog;

/// <summary>Runs the SMOKE check and one check per catalog ID, one after another.</summary>
public static class CatalogRunner
{
    /// <summary>How long one check may take before it is reported FAILED.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs the checks in report order: SMOKE, then the catalog in catalog order.</summary>
    /// <param name="context">The running host.</param>
    /// <param name="checks">The checks; an ID without one is reported NOT WIRED.</param>
    /// <param name="onOutcome">Called after each line (progress display).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">Two checks share an ID, or a check's ID is not in the catalog.</exception>
    public static async Task<CatalogReport> RunAsync(
        CatalogContext context,
        IReadOnlyList<ICatalogCheck> checks,
        Action<CheckOutcome>? onOutcome = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(checks);
        var byId = Index(checks);
        var outcomes = new List<CheckOutcome>();
        foreach (var entry in Lines)
        {
            var result = byId.TryGetValue(entry.Id, out var check)
                ? await RunOneAsync(check, context, cancellationToken).ConfigureAwait(false)
                : CheckResult.NotWired("no check drives this flow yet");
            var outcome = new CheckOutcome(entry.Id, entry.Description, result);
            outcomes.Add(outcome);
            onOutcome?.Invoke(outcome);
        }

        return new CatalogReport(outcomes);
    }

    /// <summary>The report's lines: SMOKE, then every catalog entry.</summary>
    public static IReadOnlyList<CatalogEntry> Lines { get; } =
        [new(CatalogIds.Smoke, "Engine smoke: BigCommerce order status poll opens a Core Case case with a note"), .. CatalogIds.All];

    private static Dictionary<string, ICatalogCheck> Index(IReadOnlyList<ICatalogCheck> checks)
    {
        var known = Lines.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, ICatalogCheck>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            if (!known.Contains(check.Id))
            {
                throw new InvalidOperationException($"Check {check.GetType().Name} reports under '{check.Id}', which is not a catalog ID.");
            }

            if (!byId.TryAdd(check.Id, check))
            {
                throw new InvalidOperationException($"Two checks report under '{check.Id}': {byId[check.Id].GetType().Name} and {check.GetType().Name}.");
            }
        }

        return byId;
    }

    private static async Task<CheckResult> RunOneAsync(ICatalogCheck check, CatalogContext context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        try
        {
            return await check.RunAsync(context, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Failed($"no result within {CheckTimeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return CheckResult.Failed($"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
