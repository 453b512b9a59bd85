using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>O2C-5: the carrier's delivered event completes a shipped order, once.</summary>
public sealed class CompletionCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => CompletionOptions.ScenarioName;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var store = context.Systems!.BigCommerce.DefaultStore;
        var order = await context.NewOrderAsync(OrderStatus.Shipped, productId: 80, quantity: 1, cancellationToken).ConfigureAwait(false);
        var delivered = new ParcelDelivered { OrderId = order.Id, TrackingNumber = "1ZDELIVERED" };
        var json = OrderToCashJsonContext.Default.ParcelDelivered;
        await context.SubmitAsync(OrderToCashEvents.ParcelDelivered, delivered, json, "delivered-sample-1", cancellationToken).ConfigureAwait(false);
        var completed = store.OrderStatusOf(order.Id) == OrderStatus.Completed.Id;
        var noted = store.StaffNotesOf(order.Id)?.Contains("delivered-sample-1", StringComparison.Ordinal) == true;

        // A replayed delivery does not complete it again after a merchant moved it back.
        store.SetOrderStatus(order.Id, OrderStatus.Shipped.Id);
        await context.SubmitAsync(OrderToCashEvents.ParcelDelivered, delivered, json, "delivered-sample-1-replayed", cancellationToken).ConfigureAwait(false);
        var afterReplay = store.OrderStatusOf(order.Id);
        if (!completed || !noted || afterReplay != OrderStatus.Shipped.Id)
        {
            return CheckResult.Failed($"order {order.Id} delivered: completed {completed}, noted {noted}, status after replay {afterReplay}");
        }

        return CheckResult.Ok($"parcel 1ZDELIVERED delivered → order {order.Id} Completed with the correlation id in its staff notes; replay after a merchant reopened it: left Shipped");
    }
}
