namespace Connectors.Samples.Catalog;

/// <summary>The outcome of a catalog run: one line per check, in report order.</summary>
/// <param name="Outcomes">SMOKE first, then every catalog ID in catalog order.</param>
public sealed record CatalogReport(IReadOnlyList<CheckOutcome> Outcomes)
{
    /// <summary>Lines that are OK.</summary>
    public int Passed => Count(CheckStatus.Ok);

    /// <summary>Lines that FAILED.</summary>
    public int Failed => Count(CheckStatus.Failed);

    /// <summary>Lines that are NOT WIRED.</summary>
    public int NotWired => Count(CheckStatus.NotWired);

    /// <summary>0 only when every line is OK; 1 otherwise.</summary>
    public int ExitCode => Outcomes.All(o => o.Result.Status == CheckStatus.Ok) ? 0 : 1;

    private int Count(CheckStatus status) => Outcomes.Count(o => o.Result.Status == status);
}
