namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-6: sales over a range of order creation dates.</summary>
public sealed class SalesReport
{
    /// <summary>Start of the range (inclusive).</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>End of the range (exclusive).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>Orders counted.</summary>
    public required int Orders { get; init; }

    /// <summary>Revenue: the sum of order totals including tax (less refunds when the options say so).</summary>
    public required decimal Revenue { get; init; }

    /// <summary>Average order value: revenue / orders, 0 when there are none.</summary>
    public decimal AverageOrderValue => Orders == 0 ? 0m : Math.Round(Revenue / Orders, 2, MidpointRounding.AwayFromZero);

    /// <summary>The best-selling products, best first.</summary>
    public required IReadOnlyList<ProductSales> TopProducts { get; init; }

    /// <summary>Orders and revenue per day, oldest first.</summary>
    public required IReadOnlyList<SalesBucket> ByDay { get; init; }

    /// <summary>Orders and revenue per channel, by channel key.</summary>
    public required IReadOnlyList<SalesBucket> ByChannel { get; init; }
}

/// <summary>Sales of one product.</summary>
/// <param name="ProductId">The catalog product id.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Name">The name.</param>
/// <param name="Quantity">Units sold.</param>
/// <param name="Revenue">Line totals including tax.</param>
public sealed record ProductSales(int ProductId, string? Sku, string? Name, int Quantity, decimal Revenue);

/// <summary>Orders and revenue of one day or channel.</summary>
/// <param name="Key">The day (<c>yyyy-MM-dd</c>) or the channel.</param>
/// <param name="Orders">Orders.</param>
/// <param name="Revenue">Revenue.</param>
public sealed record SalesBucket(string Key, int Orders, decimal Revenue);
