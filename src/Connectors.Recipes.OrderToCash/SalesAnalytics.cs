using System.Globalization;
using Connectors.BigCommerce;
using Connectors.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-6: sales analytics computed on demand by streaming every order in a range.</summary>
public interface ISalesAnalytics
{
    /// <summary>Streams the orders created in [<paramref name="from"/>, <paramref name="to"/>) and sums them up.</summary>
    /// <param name="from">Start of the range (inclusive).</param>
    /// <param name="to">End of the range (exclusive).</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ConnectorException">BigCommerce could not be read.</exception>
    Task<SalesReport> ComputeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}

/// <summary>O2C-6: where requested sales reports are published (a BI tool, an email). Register your implementation in DI.</summary>
public interface ISalesReportSink
{
    /// <summary>Publishes a report; called once per requested range.</summary>
    /// <param name="report">The report.</param>
    /// <param name="correlationId">The correlation id of the request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when it is published.</returns>
    ValueTask PublishAsync(SalesReport report, string correlationId, CancellationToken cancellationToken = default);
}

/// <summary>The <see cref="ISalesAnalytics"/> over one BigCommerce store; memory grows with products and days, not orders.</summary>
internal sealed class SalesAnalytics : ISalesAnalytics
{
    private readonly SalesAnalyticsOptions _options;
    private readonly IServiceProvider _services;

    public SalesAnalytics(SalesAnalyticsOptions options, IServiceProvider services)
    {
        _options = options;
        _services = services;
    }

    public async Task<SalesReport> ComputeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        if (to <= from)
        {
            throw new ArgumentException("The end of the range must be after its start.", nameof(to));
        }

        var client = _options.Client(_services);

        // The API's date filters are whole seconds and inclusive: read a little wider, keep [from, to) exactly.
        var query = new OrderQuery { MinDateCreated = from, MaxDateCreated = to, Sort = "date_created:asc" };
        var products = new Dictionary<int, ProductSales>();
        var days = new SortedDictionary<string, SalesBucket>(StringComparer.Ordinal);
        var channels = new SortedDictionary<string, SalesBucket>(StringComparer.Ordinal);
        var orders = 0;
        var revenue = 0m;
        await foreach (var order in client.Orders.ListAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (order.DateCreated is not { } created || created < from || created >= to || _options.ExcludedStatuses.Contains(order.Status))
            {
                continue;
            }

            var value = order.TotalIncTax - (_options.SubtractRefunds ? order.RefundedAmount : 0m);
            orders++;
            revenue += value;
            Add(days, TimeZoneInfo.ConvertTime(created, _options.TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value);
            Add(channels, Channel(order), value);
            await foreach (var line in client.Orders.ListProductsAsync(order.Id).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                products[line.ProductId] = products.TryGetValue(line.ProductId, out var sold)
                    ? sold with { Quantity = sold.Quantity + line.Quantity, Revenue = sold.Revenue + line.TotalIncTax }
                    : new ProductSales(line.ProductId, line.Sku, line.Name, line.Quantity, line.TotalIncTax);
            }
        }

        var ranked = _options.RankProductsByRevenue
            ? products.Values.OrderByDescending(p => p.Revenue).ThenByDescending(p => p.Quantity)
            : products.Values.OrderByDescending(p => p.Quantity).ThenByDescending(p => p.Revenue);
        return new SalesReport
        {
            From = from,
            To = to,
            Orders = orders,
            Revenue = revenue,
            TopProducts = ranked.ThenBy(p => p.ProductId).Take(_options.TopProductCount).ToList(),
            ByDay = days.Values.ToList(),
            ByChannel = channels.Values.ToList(),
        };
    }

    private string Channel(Order order) => _options.ChannelGrouping == SalesChannelGrouping.OrderSource
        ? order.OrderSource ?? "unknown"
        : order.ChannelId.ToString(CultureInfo.InvariantCulture);

    private static void Add(SortedDictionary<string, SalesBucket> buckets, string key, decimal value)
        => buckets[key] = buckets.TryGetValue(key, out var bucket) ? bucket with { Orders = bucket.Orders + 1, Revenue = bucket.Revenue + value } : new SalesBucket(key, 1, value);
}
