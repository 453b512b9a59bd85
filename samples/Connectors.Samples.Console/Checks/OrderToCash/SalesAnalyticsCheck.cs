using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Scenarios.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>O2C-6: sales analytics over the seeded order days match the store's orders; a requested report is published once.</summary>
public sealed class SalesAnalyticsCheck : RecipeCheck
{
    private static readonly DateTimeOffset From = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2024, 1, 6, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override string Id => SalesAnalyticsOptions.ScenarioName;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var report = await context.Get<ISalesAnalytics>().ComputeAsync(From, To, cancellationToken).ConfigureAwait(false);

        OrderStatus[] excluded = [OrderStatus.Incomplete, OrderStatus.Pending, OrderStatus.Cancelled, OrderStatus.Declined];
        var orders = await context.Store().Orders.ListAsync(new OrderQuery { MinDateCreated = From, MaxDateCreated = To }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sales = orders.Where(o => o.DateCreated >= From && o.DateCreated < To && !excluded.Contains(o.Status)).ToList();
        var revenue = sales.Sum(o => o.TotalIncTax);
        if (report.Orders != sales.Count || report.Revenue != revenue || report.ByDay.Sum(d => d.Revenue) != revenue)
        {
            return CheckResult.Failed($"report {report.Orders} orders / {report.Revenue}; the store has {sales.Count} / {revenue}");
        }

        var request = new SalesReportRequested { From = From, To = To };
        var json = OrderToCashJsonContext.Default.SalesReportRequested;
        await context.SubmitAsync(OrderToCashEvents.SalesReportRequested, request, json, "report-sample-1", cancellationToken).ConfigureAwait(false);
        await context.SubmitAsync(OrderToCashEvents.SalesReportRequested, request, json, "report-sample-1-again", cancellationToken).ConfigureAwait(false);
        var published = context.Oms().Reports.Where(r => r.Report.From == From && r.Report.To == To).ToList();
        if (published.Count != 1 || published[0].Report.Revenue != revenue)
        {
            return CheckResult.Failed($"report requested twice: {published.Count} published, expected 1 with revenue {revenue}");
        }

        return CheckResult.Ok($"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}: {report.Orders} orders, revenue {report.Revenue}, top {report.TopProducts.FirstOrDefault()?.Sku} over {report.ByDay.Count} days; requested twice → published once");
    }
}
