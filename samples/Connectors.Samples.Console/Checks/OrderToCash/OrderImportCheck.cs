using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Scenarios.Events;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>O2C-1: the store's orders reach the order-management system in order; a new order arrives once, complete, despite a webhook for the same version.</summary>
public sealed class OrderImportCheck : RecipeCheck
{
    private const string Poller = "O2C-1.orders";

    /// <inheritdoc />
    public override string Id => OrderImportOptions.ScenarioName;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        // Other recipes' polls of the same BigCommerce changes may have delivered some orders already; this poll's share is checked.
        var oms = context.Oms();
        var earlier = oms.Orders.Count;
        await context.PollAndWaitAsync(Poller, cancellationToken).ConfigureAwait(false);
        var first = oms.Orders.Skip(earlier).ToList();
        // Per store, orders arrive by modification time, in whole seconds as BigCommerce reports it (within a second the source has no order).
        var outOfOrder = first.Zip(first.Skip(1)).FirstOrDefault(p => ModifiedSecond(p.First) > ModifiedSecond(p.Second));
        if (first.Count == 0 || outOfOrder != default)
        {
            return CheckResult.Failed($"first poll imported {first.Count} orders; out of order: {outOfOrder.First?.Order.Id} ({outOfOrder.First?.Order.DateModified:O}) before {outOfOrder.Second?.Order.Id} ({outOfOrder.Second?.Order.DateModified:O})");
        }

        var created = await context.NewOrderAsync(OrderStatus.AwaitingFulfillment, productId: 78, quantity: 2, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(Poller, cancellationToken).ConfigureAwait(false);

        // The webhook for the same order version and another poll deliver nothing more.
        var storeHash = BigCommerceEmulator.DefaultStoreHash;
        var hook = OrderPolling.ToEvent(storeHash, created);
        var envelope = EventEnvelope.Create("hook-" + created.Id, OrderToCashEvents.BigCommerceSource, "store/order/created", hook, OrderToCashJsonContext.Default.BigCommerceWebhookEvent) with
        {
            Subject = OrderPolling.Subject(hook, perStore: true),
        };
        await context.SubmitAndWaitAsync(envelope, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(Poller, cancellationToken).ConfigureAwait(false);

        var imports = oms.Orders.Where(o => o.Order.Id == created.Id).ToList();
        if (imports.Count != 1 || imports[0].Lines.Count != 1 || imports[0].Lines[0].Quantity != 2)
        {
            return CheckResult.Failed($"new order {created.Id}: expected 1 import with its line of 2 units, found {imports.Count}");
        }

        return CheckResult.Ok($"first poll imported {first.Count} store orders in modification order ({earlier} already delivered); new order {created.Id} imported once with {imports[0].Lines[0].Quantity} × {imports[0].Lines[0].Sku}; webhook duplicate and re-poll: nothing more");
    }

    private static long ModifiedSecond(ImportedOrder imported)
        => (imported.Order.DateModified ?? imported.Order.DateCreated ?? DateTimeOffset.UnixEpoch).ToUnixTimeSeconds();
}
