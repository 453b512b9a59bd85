using Connectors.OpenText;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Options of a <see cref="TradingGridClient"/>: the API address, the company and the OpenText sign-in.</summary>
public sealed class TradingGridClientOptions : OpenTextClientOptions
{
    /// <summary>The production API address, <c>https://apigrid.opentext.com/</c>.</summary>
    public static Uri ProductionAddress { get; } = new("https://apigrid.opentext.com/");

    /// <summary>Creates options pointing at production.</summary>
    public TradingGridClientOptions()
    {
        BaseAddress = ProductionAddress;
    }

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
