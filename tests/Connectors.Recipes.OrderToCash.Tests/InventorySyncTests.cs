using Connectors.BigCommerce;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Recipes.OrderToCash.Tests;

public sealed class InventorySyncTests
{
    [Fact]
    public async Task O2C_2_stock_levels_are_synced_and_a_reorder_is_raised_once_per_crossing()
    {
        var (host, sinks) = await O2C.StartAsync(s => s.AddInventorySync(o => o.ReorderPoints["CC3C"] = 10));
        await using var _ = host;
        var json = OrderToCashJsonContext.Default.StockLevelReported;
        const string type = OrderToCashEvents.StockLevelReported;

        // Seeded at 25 in location 1; the source says 8: written, and 25 → 8 crosses the point 10.
        await O2C.SubmitAsync(host, type, new StockLevelReported { Sku = "CC3C", Quantity = 8, Version = "1" }, json, "corr-stock-1", id: "stock-1");
        Assert.Equal(8, await LevelAsync(host, "CC3C"));
        var reorder = Assert.Single(sinks.Reorders);
        Assert.Equal(("CC3C", 8, 25, 10, 20, "1", "corr-stock-1"), (reorder.Sku, reorder.Level, reorder.PreviousLevel, reorder.ReorderPoint, reorder.Quantity, reorder.SourceVersion, reorder.CorrelationId));

        // The same delivery again (inbox duplicate) and a replay of version 1 (new envelope): nothing repeats.
        Assert.Equal(1, (await O2C.SubmitAsync(host, type, new StockLevelReported { Sku = "CC3C", Quantity = 8, Version = "1" }, json, "corr-stock-1", id: "stock-1")).Duplicates);
        await O2C.SubmitAsync(host, type, new StockLevelReported { Sku = "CC3C", Quantity = 8, Version = "1" }, json, "corr-stock-1b");
        Assert.Single(sinks.Reorders);

        // Still below the point: synced, no new reorder. Back above, then below again: a second crossing.
        await O2C.SubmitAsync(host, type, new StockLevelReported { Sku = "CC3C", Quantity = 6, Version = "2" }, json, "corr-stock-2");
        Assert.Equal(6, await LevelAsync(host, "CC3C"));
        Assert.Single(sinks.Reorders);
        await O2C.SubmitAsync(host, type, new StockLevelReported { Sku = "CC3C", Quantity = 30, Version = "3" }, json, "corr-stock-3");
        await O2C.SubmitAsync(host, type, new StockLevelReported { Sku = "CC3C", Quantity = 3, Version = "4" }, json, "corr-stock-4");
        Assert.Equal(3, await LevelAsync(host, "CC3C"));
        Assert.Equal(["1", "4"], sinks.Reorders.Select(r => r.SourceVersion));

        // Bad input: a negative level is dead-lettered, not written.
        await O2C.SubmitAsync(host, type, new StockLevelReported { Sku = "CC3C", Quantity = -1, Version = "5" }, json, "corr-stock-5");
        var dead = Assert.Single(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery { Scenario = "O2C-2" }));
        Assert.Contains("negative", dead.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(3, await LevelAsync(host, "CC3C"));
    }

    private static async Task<int> LevelAsync(RecipeTestHost host, string sku)
    {
        var items = await host.Get<BigCommerceClient>().Inventory.ListItemsAsync(new InventoryQuery { Skus = [sku], LocationIds = [1] }).ToListAsync();
        return Assert.Single(Assert.Single(items).Locations).TotalInventoryOnhand;
    }
}
