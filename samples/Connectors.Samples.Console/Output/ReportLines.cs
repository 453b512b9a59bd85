using System.Globalization;
using Connectors.Samples.Catalog;

namespace Connectors.Samples.Output;

/// <summary>The text of the report: one line per ID, then the totals.</summary>
public static class ReportLines
{
    /// <summary>The status word of a result.</summary>
    /// <param name="status">The status.</param>
    public static string Word(CheckStatus status) => status switch
    {
        CheckStatus.Ok => "OK",
        CheckStatus.Failed => "FAILED",
        _ => "NOT WIRED",
    };

    /// <summary><c>ID  STATUS  description: what happened</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    public static string Line(CheckOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return string.Create(CultureInfo.InvariantCulture, $"{outcome.Id,-8} {Word(outcome.Result.Status),-9}  {outcome.Description}: {outcome.Result.Detail}");
    }

    /// <summary>The totals line.</summary>
    /// <param name="report">The report.</param>
    public static string Totals(CatalogReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"{report.Outcomes.Count} checks: {report.Passed} OK, {report.Failed} FAILED, {report.NotWired} NOT WIRED");
    }
}
