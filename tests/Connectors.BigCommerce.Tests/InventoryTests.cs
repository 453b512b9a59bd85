using Connectors.Core;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class InventoryTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Absolute_then_relative_adjustments_change_stock()
    {
        using var store = fixture.NewStore();
        InventoryAdjustmentResult result = await store.Client.Inventory.SetAbsoluteAsync(new InventoryAdjustment
        {
            Reason = "nightly sync",
            Items = [InventoryAdjustmentItem.ForProduct(77, 30, locationId: 1), InventoryAdjustmentItem.ForSku("OTL", 10, locationId: 2)],
        });
        Assert.False(string.IsNullOrEmpty(result.TransactionId));
        Assert.Equal(40, store.State.InventoryOf(77));

        await store.Client.Inventory.AdjustRelativeAsync(new InventoryAdjustment { Items = [InventoryAdjustmentItem.ForProduct(77, -5)] });
        Assert.Equal(35, store.State.InventoryOf(77));

        var item = Assert.Single(await ToList(store.Client.Inventory.ListItemsAsync(new InventoryQuery { ProductIds = [77] })));
        Assert.Equal(77, item.Identity?.ProductId);
        Assert.Equal([25, 10], item.Locations.Select(l => l.TotalInventoryOnhand));

        var atDefault = await ToList(store.Client.Inventory.ListLocationItemsAsync(1));
        Assert.Equal(25, atDefault.Single(i => i.Identity?.ProductId == 77).AvailableToSell);
    }

    [Fact]
    public async Task Adjusting_a_variant_tracked_product_by_product_id_is_rejected()
    {
        using var store = fixture.NewStore();
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.Inventory.SetAbsoluteAsync(new InventoryAdjustment
        {
            Items = [InventoryAdjustmentItem.ForProduct(79, 5)],
        }));
        Assert.Equal(422, error.Status);
        Assert.Contains("tracked by variant", error.VendorMessage, StringComparison.Ordinal);
    }
}
