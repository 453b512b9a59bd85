using Connectors.Core;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class ShipmentTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Create_with_carrier_and_tracking_ships_the_order_then_update_and_delete()
    {
        using var store = fixture.NewStore();
        const int orderId = 126; // Awaiting Fulfillment, quantity 2
        var line = Assert.Single(await ToList(store.Client.Orders.ListProductsAsync(orderId)));
        Assert.Empty(await ToList(store.Client.Shipments.ListAsync(orderId)));

        Shipment first = await store.Client.Shipments.CreateAsync(orderId, new CreateShipmentRequest
        {
            OrderAddressId = line.OrderAddressId,
            Items = [new ShipmentItem { OrderProductId = line.Id, Quantity = 1 }],
            TrackingNumber = "1Z999",
            ShippingProvider = "ups",
            TrackingCarrier = "ups",
            Comments = "first box",
        });
        Assert.Equal("1Z999", first.TrackingNumber);
        Assert.Equal("ups", first.ShippingProvider);
        Assert.Equal(line.Id, Assert.Single(first.Items).OrderProductId);
        Assert.NotNull(first.DateCreated);
        Assert.Equal(OrderStatus.PartiallyShipped.Id, store.State.OrderStatusOf(orderId));

        await store.Client.Shipments.CreateAsync(orderId, new CreateShipmentRequest
        {
            OrderAddressId = line.OrderAddressId,
            Items = [new ShipmentItem { OrderProductId = line.Id, Quantity = 1 }],
            TrackingNumber = "1Z1000",
            ShippingProvider = "ups",
        });
        Assert.Equal(OrderStatus.Shipped.Id, store.State.OrderStatusOf(orderId));

        Shipment updated = await store.Client.Shipments.UpdateAsync(orderId, first.Id, new UpdateShipmentRequest { TrackingNumber = "1Z999-B" });
        Assert.Equal("1Z999-B", updated.TrackingNumber);
        Shipment fetched = await store.Client.Shipments.GetAsync(orderId, first.Id);
        Assert.Equal("1Z999-B", fetched.TrackingNumber);

        Assert.Equal(2, (await ToList(store.Client.Shipments.ListAsync(orderId))).Count);
        await store.Client.Shipments.DeleteAsync(orderId, first.Id);
        Assert.Single(await ToList(store.Client.Shipments.ListAsync(orderId)));
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => store.Client.Shipments.GetAsync(orderId, first.Id));
    }

    [Fact]
    public async Task Over_shipping_a_line_is_a_validation_error()
    {
        using var store = fixture.NewStore();
        var line = Assert.Single(await ToList(store.Client.Orders.ListProductsAsync(111)));
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.Shipments.CreateAsync(111, new CreateShipmentRequest
        {
            OrderAddressId = line.OrderAddressId,
            Items = [new ShipmentItem { OrderProductId = line.Id, Quantity = 50 }],
        }));
        Assert.Equal(400, error.Status);
    }
}
