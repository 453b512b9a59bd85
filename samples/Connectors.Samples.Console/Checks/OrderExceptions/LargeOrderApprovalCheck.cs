using Connectors.Testing;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-4: a 1,350.00 order is held for finance; finance rejects it; the order is cancelled with the reason.</summary>
public sealed class LargeOrderApprovalCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => LargeOrderApprovalRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var store = context.Systems!.BigCommerce.DefaultStore;
        var order = await PlaceOrderAsync(context, OrderStatus.Pending, productId: 79, quantity: 6, customerId: 5, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(LargeOrderApprovalRecipe.OrderPoller, cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"order:{order.Id}:approval");
        if (cases.Count != 1 || cases[0].Assignee?.Id != "finance")
        {
            return CheckResult.Failed($"order {order.Id} of {order.TotalIncTax:0.00}: expected 1 approval case for finance, found {cases.Count}");
        }

        await ResolveAsync(context, cases[0].Ref(), "rejected", null, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(LargeOrderApprovalRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);

        return store.OrderStatusOf(order.Id) == OrderStatus.Cancelled.Id && NoteLines(context, order.Id, "Cancelled after approval review") == 1
            ? CheckResult.Ok($"order {order.Id} of {order.TotalIncTax:0.00} held → case {cases[0].CaseNumber} (finance); rejected → cancelled with the reason")
            : CheckResult.Failed($"case {cases[0].CaseNumber} rejected but order {order.Id} has status {store.OrderStatusOf(order.Id)}");
    }
}
