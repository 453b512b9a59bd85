using Connectors.BigCommerce;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Recipes.OrderToCash.Tests;

public sealed class FulfilmentTests
{
    private const int OrderId = 126; // seeded: Awaiting Fulfillment, 2 × OFSUC

    [Fact]
    public async Task O2C_4_warehouse_confirmations_create_shipments_and_move_the_order_status()
    {
        var (host, _) = await O2C.StartAsync(s => s.AddFulfilment());
        await using var __ = host;
        var client = host.Get<BigCommerceClient>();
        var json = OrderToCashJsonContext.Default.ShipmentConfirmed;
        var first = new ShipmentConfirmed
        {
            OrderId = OrderId, TrackingNumber = "1ZTRACK1", Carrier = "UPS", ShippingMethod = "Ground",
            Lines = [new ShippedLine { Sku = "OFSUC", Quantity = 1 }], InternalNotes = "Picker says the customer is difficult",
        };
        await O2C.SubmitAsync(host, OrderToCashEvents.ShipmentConfirmed, first, json, "corr-ship-1");
        await O2C.SubmitAsync(host, OrderToCashEvents.ShipmentConfirmed, first, json, "corr-ship-1-replay");

        var shipment = Assert.Single(await client.Shipments.ListAsync(OrderId).ToListAsync());
        Assert.Equal(("1ZTRACK1", "ups", "ups", 1), (shipment.TrackingNumber, shipment.ShippingProvider, shipment.TrackingCarrier, Assert.Single(shipment.Items).Quantity));
        Assert.Equal("Shipped with UPS, tracking number 1ZTRACK1.", shipment.Comments);
        var order = (await client.Orders.GetAsync(OrderId)).Value;
        Assert.Equal(OrderStatus.PartiallyShipped, order.Status);
        Assert.Contains("corr-ship-1", order.StaffNotes, StringComparison.Ordinal);
        Assert.DoesNotContain("difficult", order.StaffNotes + shipment.Comments + order.CustomerMessage, StringComparison.Ordinal);

        // The second parcel carries the rest: Shipped.
        var second = new ShipmentConfirmed { OrderId = OrderId, TrackingNumber = "1ZTRACK2", Carrier = "fedex" };
        await O2C.SubmitAsync(host, OrderToCashEvents.ShipmentConfirmed, second, json, "corr-ship-2");
        Assert.Equal(2, (await client.Shipments.ListAsync(OrderId).ToListAsync()).Count);
        Assert.Equal(OrderStatus.Shipped, (await client.Orders.GetAsync(OrderId)).Value.Status);
        Assert.Empty(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery()));
    }

    [Fact]
    public async Task O2C_4_permanent_failure_is_dead_lettered_then_replayed_to_exactly_one_shipment()
    {
        var (host, _) = await O2C.StartAsync(s => s.AddFulfilment());
        await using var __ = host;
        var client = host.Get<BigCommerceClient>();
        var faults = host.Systems.BigCommerce.Faults;
        faults.Add(Emulators.Hosting.Fault.Status(503), count: null, pathContains: $"/orders/{OrderId}/shipments", method: "POST");

        var confirmed = new ShipmentConfirmed { OrderId = OrderId, TrackingNumber = "1ZFAIL", Carrier = "UPS" };
        await O2C.SubmitAsync(host, OrderToCashEvents.ShipmentConfirmed, confirmed, OrderToCashJsonContext.Default.ShipmentConfirmed, "corr-fail");

        var dead = Assert.Single(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery { Scenario = FulfilmentOptions.ScenarioName }));
        Assert.Equal(FulfilmentOptions.ScenarioName, dead.Scenario);
        Assert.Equal("create-shipment", dead.Step);
        Assert.Contains("503", dead.ErrorMessage + dead.ErrorType, StringComparison.Ordinal);
        Assert.Empty(await client.Shipments.ListAsync(OrderId).ToListAsync());

        faults.Clear();
        Assert.True(await host.DeadLetters.ReplayAsync(dead.Id));
        await host.IdleAsync();
        Assert.Equal("1ZFAIL", Assert.Single(await client.Shipments.ListAsync(OrderId).ToListAsync()).TrackingNumber);
        Assert.Equal(OrderStatus.Shipped, (await client.Orders.GetAsync(OrderId)).Value.Status);

        await O2C.SubmitAsync(host, OrderToCashEvents.ShipmentConfirmed, confirmed, OrderToCashJsonContext.Default.ShipmentConfirmed, "corr-fail-again");
        Assert.Single(await client.Shipments.ListAsync(OrderId).ToListAsync());
    }
}
