using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>O2C-2: stock levels from the host's source are written to the store; falling below the reorder point raises one reorder.</summary>
public sealed class InventorySyncCheck : RecipeCheck
{
    private const string Sku = "CC3C";

    /// <inheritdoc />
    public override string Id => InventorySyncOptions.ScenarioName;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var json = OrderToCashJsonContext.Default.StockLevelReported;
        const string type = OrderToCashEvents.StockLevelReported;
        await context.SubmitAsync(type, new StockLevelReported { Sku = Sku, Quantity = 30, Version = "sample-1" }, json, "stock-sample-1", cancellationToken).ConfigureAwait(false);
        await context.SubmitAsync(type, new StockLevelReported { Sku = Sku, Quantity = 3, Version = "sample-2" }, json, "stock-sample-2", cancellationToken).ConfigureAwait(false);
        await context.SubmitAsync(type, new StockLevelReported { Sku = Sku, Quantity = 3, Version = "sample-2" }, json, "stock-sample-2-replayed", cancellationToken).ConfigureAwait(false);

        var level = await LevelAsync(context, cancellationToken).ConfigureAwait(false);
        var reorders = context.Oms().Reorders.Where(r => r.Sku == Sku).ToList();
        if (level != 3 || reorders.Count != 1 || reorders[0].SourceVersion != "sample-2")
        {
            return CheckResult.Failed($"{Sku} reported 30 then 3: store level {level}, {reorders.Count} reorder(s); expected 3 and 1");
        }

        return CheckResult.Ok($"{Sku} reported 30 then 3 → store on hand {level}; 30 → 3 crossed the point {reorders[0].ReorderPoint}: 1 reorder of {reorders[0].Quantity}; replay: no second reorder");
    }

    private static async Task<int> LevelAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var query = new InventoryQuery { Skus = [Sku], LocationIds = [1] };
        var items = await context.Store().Inventory.ListItemsAsync(query).ToListAsync(cancellationToken).ConfigureAwait(false);
        return items.Single().Locations.Single().TotalInventoryOnhand;
    }
}
