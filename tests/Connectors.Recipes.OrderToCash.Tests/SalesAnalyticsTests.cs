using System.Globalization;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Recipes.OrderToCash.Tests;

public sealed class SalesAnalyticsTests
{
    // The emulator's documented seed: products in catalog order, and 15 orders (one per status 0..14) every 6 hours
    // from 2024-01-02 09:00 UTC, each of one unit of product (status % 8) at price × 1.1 plus 10.00 shipping; the
    // Partially Shipped order holds 2 units.
    private static readonly (int Id, string Sku, decimal Price)[] Catalog =
    [
        (77, "OTL", 109m), (78, "CC3C", 49.5m), (79, "ABS", 225m), (80, "DPB", 34.95m),
        (81, "OFSUC", 45.95m), (82, "SPF", 12.5m), (83, "RX-LC", 19m), (84, "SLLPJ", 7m),
    ];

    private static readonly DateTimeOffset From = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2024, 1, 6, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task O2C_6_sales_analytics_matches_the_seed_data_and_requested_reports_are_published_once()
    {
        var (host, sinks) = await O2C.StartAsync(s => s.AddSalesAnalytics(o => o.TopProductCount = 3));
        await using var _ = host;

        var report = await host.Get<ISalesAnalytics>().ComputeAsync(From, To);

        var expected = Expected();
        Assert.Equal(expected.Count, report.Orders);
        Assert.Equal(expected.Sum(o => o.Total), report.Revenue);
        Assert.Equal(Math.Round(expected.Sum(o => o.Total) / expected.Count, 2, MidpointRounding.AwayFromZero), report.AverageOrderValue);
        var days = expected.GroupBy(o => o.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Select(g => new SalesBucket(g.Key, g.Count(), g.Sum(o => o.Total)));
        Assert.Equal(days, report.ByDay);
        Assert.Equal([new SalesBucket("1", expected.Count, expected.Sum(o => o.Total))], report.ByChannel);
        var top = expected.GroupBy(o => o.Product).Select(g => (Sku: g.Key.Sku, Quantity: g.Sum(o => o.Quantity), Revenue: g.Sum(o => o.Line)))
            .OrderByDescending(p => p.Revenue).ThenByDescending(p => p.Quantity).Take(3).ToList();
        Assert.Equal(top, report.TopProducts.Select(p => (Sku: p.Sku!, p.Quantity, p.Revenue)));

        // On demand through the host: published once per range, with the request's correlation id.
        var request = new SalesReportRequested { From = From, To = To };
        await O2C.SubmitAsync(host, OrderToCashEvents.SalesReportRequested, request, OrderToCashJsonContext.Default.SalesReportRequested, "corr-report");
        await O2C.SubmitAsync(host, OrderToCashEvents.SalesReportRequested, request, OrderToCashJsonContext.Default.SalesReportRequested, "corr-report-again");
        var published = Assert.Single(sinks.Reports);
        Assert.Equal("corr-report", published.CorrelationId);
        Assert.Equal(report.Revenue, published.Report.Revenue);
    }

    private static List<(DateTimeOffset Created, (int Id, string Sku, decimal Price) Product, int Quantity, decimal Line, decimal Total)> Expected()
    {
        var excluded = new[] { 0, 1, 5, 6 }; // Incomplete, Pending, Cancelled, Declined
        var result = new List<(DateTimeOffset, (int, string, decimal), int, decimal, decimal)>();
        for (var status = 0; status <= 14; status++)
        {
            var created = new DateTimeOffset(2024, 1, 2, 9, 0, 0, TimeSpan.Zero).AddHours(6 * status);
            if (excluded.Contains(status) || created >= To)
            {
                continue;
            }

            var product = Catalog[status % Catalog.Length];
            var quantity = status == 3 ? 2 : 1;
            var line = Math.Round(product.Price * 1.1m, 2) * quantity;
            result.Add((created, product, quantity, line, line + 10m));
        }

        return result;
    }
}
