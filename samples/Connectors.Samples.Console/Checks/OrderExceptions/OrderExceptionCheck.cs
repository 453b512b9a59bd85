using Connectors.Testing;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-1: a declined order, seen by the order poll twin, opens one payment-declined case linked on the order.</summary>
public sealed class OrderExceptionCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => OrderExceptionRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var order = await PlaceOrderAsync(context, OrderStatus.Declined, productId: 78, quantity: 1, customerId: 2, cancellationToken).ConfigureAwait(false);

        await context.PollAndWaitAsync(OrderExceptionRecipe.OrderPoller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(OrderExceptionRecipe.OrderPoller, cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"order:{order.Id}:payment-declined");
        if (cases.Count != 1)
        {
            return CheckResult.Failed($"order {order.Id} declined: expected 1 payment-declined case, found {cases.Count}");
        }

        var link = false;
        await foreach (var metafield in context.Get<BigCommerceClient>().OrderMetafields.ListAsync(order.Id, OrderCases.MetafieldNamespace).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            link |= metafield.Value == cases[0].Ref().ToString();
        }

        return link
            ? CheckResult.Ok($"order {order.Id} declined → case {cases[0].CaseNumber} (payment-declined) linked on the order; re-poll: no duplicate")
            : CheckResult.Failed($"case {cases[0].CaseNumber} is not linked on order {order.Id}");
    }
}
