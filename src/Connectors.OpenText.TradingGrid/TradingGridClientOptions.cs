using Connectors.OpenText;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// Options of a <see cref="TradingGridClient"/>: the API address, the company and the Trading Grid sign-in (the
/// <see cref="OpenTextTokenFlow.TradingGrid"/> flow: consumer key and secret as HTTP Basic, no tenant).
/// </summary>
public sealed class TradingGridClientOptions : OpenTextClientOptions
{
    /// <summary>The production API address, <c>https://apigrid.opentext.com/</c>.</summary>
    public static Uri ProductionAddress { get; } = new("https://apigrid.opentext.com/");

    /// <summary>The beta (test) grid's API address, <c>https://apibetagrid.opentext.com/</c>.</summary>
    public static Uri BetaAddress { get; } = new("https://apibetagrid.opentext.com/");

    /// <summary>Creates options pointing at production, signing in with the Trading Grid token flow.</summary>
    public TradingGridClientOptions()
    {
        BaseAddress = ProductionAddress;
        TokenFlow = OpenTextTokenFlow.TradingGrid;
    }

    /// <inheritdoc />
    protected override bool IsTradingGridProduct => true;

    /// <summary>The company's Trading Grid id (BUID, e.g. <c>GC00804444LX</c>) used in every Community path.</summary>
    public string CompanyId { get; set; } = string.Empty;

    /// <summary>How many items to ask for per page when listing (1–100). Default 50.</summary>
    public int PageSize { get; set; } = 50;

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(CompanyId))
        {
            yield return "CompanyId (the Trading Grid BUID) is required.";
        }

        if (PageSize is < 1 or > 100)
        {
            yield return "PageSize must be between 1 and 100.";
        }
    }
}
