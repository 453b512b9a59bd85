using Connectors.BigCommerce;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Recipes.OrderToCash.Tests;

public sealed class CompletionTests
{
    [Fact]
    public async Task O2C_5_a_delivered_parcel_completes_a_shipped_order_once()
    {
        var (host, _) = await O2C.StartAsync(s => s.AddOrderCompletion());
        await using var __ = host;
        var client = host.Get<BigCommerceClient>();
        var store = host.Systems.BigCommerce.DefaultStore;
        var json = OrderToCashJsonContext.Default.ParcelDelivered;

        await O2C.SubmitAsync(host, OrderToCashEvents.ParcelDelivered, new ParcelDelivered { OrderId = 102, TrackingNumber = "1Z102" }, json, "corr-delivered-102");
        Assert.Equal(OrderStatus.Completed.Id, store.OrderStatusOf(102));
        Assert.Contains("corr-delivered-102", store.StaffNotesOf(102), StringComparison.Ordinal);

        // A replayed delivery does not complete it again (a merchant moved it back meanwhile).
        store.SetOrderStatus(102, OrderStatus.Shipped.Id);
        await O2C.SubmitAsync(host, OrderToCashEvents.ParcelDelivered, new ParcelDelivered { OrderId = 102, TrackingNumber = "1Z102" }, json, "corr-delivered-102-replay");
        Assert.Equal(OrderStatus.Shipped.Id, store.OrderStatusOf(102));

        // A partially shipped order is not completed by one parcel.
        await O2C.SubmitAsync(host, OrderToCashEvents.ParcelDelivered, new ParcelDelivered { OrderId = 103, TrackingNumber = "1Z103" }, json, "corr-delivered-103");
        Assert.Equal(OrderStatus.PartiallyShipped, (await client.Orders.GetAsync(103)).Value.Status);
    }

    [Fact]
    public async Task O2C_5_transient_failures_of_the_status_update_are_retried_to_success()
    {
        var (host, _) = await O2C.StartAsync(s => s.AddOrderCompletion());
        await using var __ = host;
        var faults = host.Systems.BigCommerce.Faults;
        faults.Add(Emulators.Hosting.Fault.Status(503), count: 2, pathContains: "/v2/orders/117", method: "PUT");

        await O2C.SubmitAsync(host, OrderToCashEvents.ParcelDelivered, new ParcelDelivered { OrderId = 117, TrackingNumber = "1Z117" }, OrderToCashJsonContext.Default.ParcelDelivered, "corr-117");

        Assert.Equal(2, faults.InjectedCount);
        Assert.Equal(OrderStatus.Completed.Id, host.Systems.BigCommerce.DefaultStore.OrderStatusOf(117));
        Assert.Single(host.Systems.BigCommerce.DefaultStore.StaffNotesOf(117)!.Split('\n'), line => line.Contains("corr-117", StringComparison.Ordinal));
        Assert.Empty(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery()));
    }
}
