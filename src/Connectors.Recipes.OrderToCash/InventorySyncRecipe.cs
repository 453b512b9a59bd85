using System.Globalization;
using Connectors.BigCommerce;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-2: stock levels from the host's inventory source are written to BigCommerce; falling below a reorder point raises a reorder.</summary>
public static class InventorySyncRecipe
{
    /// <summary>
    /// Adds O2C-2: <see cref="StockLevelReported"/> (host) → BigCommerce absolute adjustment (once per sku + source
    /// version) → a reorder through <see cref="IReorderSink"/> when the level crosses the SKU's reorder point.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts <see cref="InventorySyncOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddInventorySync(this ScenariosBuilder builder, Action<InventorySyncOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new InventorySyncOptions();
        configure?.Invoke(options);
        options.Validate();
        var json = OrderToCashJsonContext.Default;

        return builder.AddScenario(InventorySyncOptions.ScenarioName, s => s
            .From(Trigger.Webhook(OrderToCashEvents.HostSource, OrderToCashEvents.StockLevelReported, json.StockLevelReported))
            .Map(Validated)
            .Where(e => options.Skus.Count == 0 || options.Skus.Contains(e.Sku))
            .Then("set-stock", e => Key(e.Sku, e.Version), (e, step, ct) => SetStockAsync(options, e, step, ct), json.StockSyncResult)
            .Where(r => r.Previous > options.ReorderPointOf(r.Sku) && r.Current <= options.ReorderPointOf(r.Sku))
            .Then("raise-reorder", r => Key(r.Sku, r.Version), (r, step, ct) => step.Services.GetRequiredService<IReorderSink>().RaiseAsync(
                new ReorderRequest
                {
                    Sku = r.Sku,
                    Level = r.Current,
                    PreviousLevel = r.Previous,
                    ReorderPoint = options.ReorderPointOf(r.Sku),
                    Quantity = options.ReorderQuantityOf(r.Sku),
                    SourceVersion = r.Version,
                    CorrelationId = step.CorrelationId,
                },
                ct)));
    }

    private static string Key(string sku, string version) => string.Create(CultureInfo.InvariantCulture, $"{sku}@{version}");

    private static StockLevelReported Validated(StockLevelReported e)
    {
        if (string.IsNullOrWhiteSpace(e.Sku) || string.IsNullOrWhiteSpace(e.Version))
        {
            throw new ScenarioException("A stock level needs a sku and a source version.");
        }

        return e.Quantity < 0 ? throw new ScenarioException($"The stock level of '{e.Sku}' is negative ({e.Quantity}).") : e;
    }

    // The level before the write is read in the same journaled step, so a replay still knows whether this sync crossed.
    private static async ValueTask<StockSyncResult> SetStockAsync(InventorySyncOptions options, StockLevelReported e, StepContext step, CancellationToken cancellationToken)
    {
        var client = options.Client(step.Services);
        var location = e.LocationId ?? options.DefaultLocationId;
        var items = await client.Inventory.ListItemsAsync(new InventoryQuery { Skus = [e.Sku], LocationIds = [location] })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var previous = items.Where(i => i.Identity?.Sku == e.Sku)
            .SelectMany(i => i.Locations).Where(l => l.LocationId == location).Sum(l => l.TotalInventoryOnhand);
        var adjustment = new InventoryAdjustment
        {
            Reason = $"{options.Reason} v{e.Version} (correlation {step.CorrelationId})",
            Items = [InventoryAdjustmentItem.ForSku(e.Sku, e.Quantity, location)],
        };
        var result = (await client.Inventory.SetAbsoluteAsync(adjustment, cancellationToken).ConfigureAwait(false)).Value;
        return new StockSyncResult { Sku = e.Sku, Version = e.Version, Previous = previous, Current = e.Quantity, TransactionId = result.TransactionId };
    }
}
