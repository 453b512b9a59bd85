using Connectors.Testing;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-3: an order with the Prescription Lens Cleaner (category Regulated) is held; compliance approves; the order is released.</summary>
public sealed class RegulatedOrderReviewCheck : RecipeCheck
{
    private const int LensCleaner = 83;

    /// <inheritdoc />
    public override string Id => RegulatedOrderReviewRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var store = context.Systems!.BigCommerce.DefaultStore;
        var order = await PlaceOrderAsync(context, OrderStatus.AwaitingFulfillment, LensCleaner, quantity: 1, customerId: 4, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(RegulatedOrderReviewRecipe.OrderPoller, cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"order:{order.Id}:compliance");
        if (cases.Count != 1 || store.OrderStatusOf(order.Id) != OrderStatus.ManualVerificationRequired.Id)
        {
            return CheckResult.Failed($"order {order.Id} with regulated product {LensCleaner}: expected it held with 1 compliance case, found status {store.OrderStatusOf(order.Id)} and {cases.Count} case(s) (is category 21 registered as regulated?)");
        }

        await ResolveAsync(context, cases[0].Ref(), "approved", null, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(RegulatedOrderReviewRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);

        return store.OrderStatusOf(order.Id) == OrderStatus.AwaitingFulfillment.Id
            ? CheckResult.Ok($"order {order.Id} with regulated product held → case {cases[0].CaseNumber}; approved → released to Awaiting Fulfillment")
            : CheckResult.Failed($"case {cases[0].CaseNumber} approved but order {order.Id} has status {store.OrderStatusOf(order.Id)}");
    }
}
