using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>O2C-4: the warehouse's confirmations create shipments with tracking and move the order to Partially Shipped, then Shipped.</summary>
public sealed class FulfilmentCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => FulfilmentOptions.ScenarioName;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var store = context.Store();
        var order = await context.NewOrderAsync(OrderStatus.AwaitingFulfillment, productId: 81, quantity: 2, cancellationToken).ConfigureAwait(false);
        var sku = (await store.Orders.ListProductsAsync(order.Id).ToListAsync(cancellationToken).ConfigureAwait(false))[0].Sku ?? string.Empty;
        var json = OrderToCashJsonContext.Default.ShipmentConfirmed;
        var first = new ShipmentConfirmed { OrderId = order.Id, TrackingNumber = "1ZSAMPLE1", Carrier = "UPS", Lines = [new ShippedLine { Sku = sku, Quantity = 1 }] };
        await context.SubmitAsync(OrderToCashEvents.ShipmentConfirmed, first, json, "ship-sample-1", cancellationToken).ConfigureAwait(false);
        await context.SubmitAsync(OrderToCashEvents.ShipmentConfirmed, first, json, "ship-sample-1-replayed", cancellationToken).ConfigureAwait(false);
        var afterFirst = (await store.Orders.GetAsync(order.Id, cancellationToken).ConfigureAwait(false)).Value.Status;

        var second = new ShipmentConfirmed { OrderId = order.Id, TrackingNumber = "1ZSAMPLE2", Carrier = "fedex" };
        await context.SubmitAsync(OrderToCashEvents.ShipmentConfirmed, second, json, "ship-sample-2", cancellationToken).ConfigureAwait(false);
        var shipments = await store.Shipments.ListAsync(order.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var final = (await store.Orders.GetAsync(order.Id, cancellationToken).ConfigureAwait(false)).Value.Status;
        if (shipments.Count != 2 || afterFirst != OrderStatus.PartiallyShipped || final != OrderStatus.Shipped)
        {
            return CheckResult.Failed($"order {order.Id}: {shipments.Count} shipment(s), status {afterFirst.Name} then {final.Name}; expected 2, Partially Shipped then Shipped");
        }

        return CheckResult.Ok($"order {order.Id}: confirmation 1ZSAMPLE1 (sent twice) → 1 shipment, {afterFirst.Name}; 1ZSAMPLE2 → second shipment, {final.Name}");
    }
}
