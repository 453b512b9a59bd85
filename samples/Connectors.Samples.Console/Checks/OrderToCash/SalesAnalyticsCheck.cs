using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>
/// O2C-6: sales analytics over a range match the store's own orders; a requested report is published once. It only
/// reads the store, so it also runs against a real one (over the last seven days; the emulated store's seeded days otherwise).
/// </summary>
public sealed class SalesAnalyticsCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => SalesAnalyticsOptions.ScenarioName;

    /// <inheritdoc />
    protected override bool NeedsEmulators => false;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var (from, to) = context.IsEmulated
            ? (new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 6, 0, 0, 0, TimeSpan.Zero))
            : (today.AddDays(-7), today.AddDays(1));
        var report = await context.Get<ISalesAnalytics>().ComputeAsync(from, to, cancellationToken).ConfigureAwait(false);

        OrderStatus[] excluded = [OrderStatus.Incomplete, OrderStatus.Pending, OrderStatus.Cancelled, OrderStatus.Declined];
        var orders = await context.Store().Orders.ListAsync(new OrderQuery { MinDateCreated = from, MaxDateCreated = to }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sales = orders.Where(o => o.DateCreated >= from && o.DateCreated < to && !excluded.Contains(o.Status)).ToList();
        var revenue = sales.Sum(o => o.TotalIncTax);
        if (report.Orders != sales.Count || report.Revenue != revenue || report.ByDay.Sum(d => d.Revenue) != revenue)
        {
            return CheckResult.Failed($"report {report.Orders} orders / {report.Revenue}; the store has {sales.Count} / {revenue}");
        }

        var request = new SalesReportRequested { From = from, To = to };
        var json = OrderToCashJsonContext.Default.SalesReportRequested;
        await context.SubmitAsync(OrderToCashEvents.SalesReportRequested, request, json, "report-sample-1", cancellationToken).ConfigureAwait(false);
        await context.SubmitAsync(OrderToCashEvents.SalesReportRequested, request, json, "report-sample-1-again", cancellationToken).ConfigureAwait(false);
        var published = context.Oms().Reports.Where(r => r.Report.From == from && r.Report.To == to).ToList();
        if (published.Count != 1 || published[0].Report.Revenue != revenue)
        {
            return CheckResult.Failed($"report requested twice: {published.Count} published, expected 1 with revenue {revenue}");
        }

        return CheckResult.Ok($"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}: {report.Orders} orders, revenue {report.Revenue}, top {report.TopProducts.FirstOrDefault()?.Sku} over {report.ByDay.Count} days; requested twice → published once");
    }
}
