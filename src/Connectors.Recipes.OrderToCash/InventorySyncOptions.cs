namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-2 options: where stock is written and when a reorder is raised.</summary>
public sealed class InventorySyncOptions : OrderToCashOptions
{
    /// <summary>The scenario name (the catalog id).</summary>
    public const string ScenarioName = "O2C-2";

    /// <summary>The BigCommerce location written when the event names none.</summary>
    public int DefaultLocationId { get; set; } = 1;

    /// <summary>Only these SKUs are synced; every SKU when empty.</summary>
    public ISet<string> Skus { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The reorder point of SKUs without their own: a reorder is raised when the level falls to or below it.</summary>
    public int DefaultReorderPoint { get; set; } = 5;

    /// <summary>Reorder points per SKU.</summary>
    public IDictionary<string, int> ReorderPoints { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Units to reorder, for SKUs without their own quantity.</summary>
    public int DefaultReorderQuantity { get; set; } = 20;

    /// <summary>Units to reorder per SKU.</summary>
    public IDictionary<string, int> ReorderQuantities { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The adjustment reason BigCommerce records (the correlation id is appended).</summary>
    public string Reason { get; set; } = "Inventory source sync";

    /// <summary>The reorder point of a SKU.</summary>
    /// <param name="sku">The SKU.</param>
    /// <returns>Its point.</returns>
    public int ReorderPointOf(string sku) => ReorderPoints.TryGetValue(sku, out var point) ? point : DefaultReorderPoint;

    /// <summary>The reorder quantity of a SKU.</summary>
    /// <param name="sku">The SKU.</param>
    /// <returns>Its quantity.</returns>
    public int ReorderQuantityOf(string sku) => ReorderQuantities.TryGetValue(sku, out var quantity) ? quantity : DefaultReorderQuantity;

    /// <inheritdoc />
    protected override IEnumerable<string> Check()
    {
        if (DefaultLocationId < 1)
        {
            yield return "DefaultLocationId must be a BigCommerce location id (1 or more).";
        }

        if (DefaultReorderPoint < 0 || ReorderPoints.Values.Any(p => p < 0))
        {
            yield return "Reorder points cannot be negative.";
        }

        if (DefaultReorderQuantity < 1 || ReorderQuantities.Values.Any(q => q < 1))
        {
            yield return "Reorder quantities must be at least 1.";
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            yield return "Reason is required (BigCommerce records it on the adjustment).";
        }
    }
}
