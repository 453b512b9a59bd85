using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>O2C-3: payment states are mirrored to finance; a requested refund is issued once through the refunds API and flows back.</summary>
public sealed class PaymentCheck : RecipeCheck
{
    private const string Poller = "O2C-3.payments";

    /// <inheritdoc />
    public override string Id => PaymentOptions.ScenarioName;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var oms = context.Oms();
        await context.PollAndWaitAsync(Poller, cancellationToken).ConfigureAwait(false);
        var captured = oms.Payments.FirstOrDefault(p => p.PaymentStatus == "captured" && p.RefundedAmount == 0m);
        if (captured is null)
        {
            return CheckResult.Failed($"payment poll mirrored {oms.Payments.Count} states, none captured and unrefunded to refund");
        }

        var orderId = captured.OrderId;
        var store = context.Store();
        var line = (await store.Orders.ListProductsAsync(orderId).ToListAsync(cancellationToken).ConfigureAwait(false))[0];
        var request = new RefundRequested { RequestId = "rma-sample-1", OrderId = orderId, Lines = [new RefundLine { OrderProductId = line.Id, Quantity = 1 }], Reason = "Damaged in transit" };
        var json = OrderToCashJsonContext.Default.RefundRequested;
        await context.SubmitAsync(OrderToCashEvents.RefundRequested, request, json, "rma-sample-1", cancellationToken).ConfigureAwait(false);
        await context.SubmitAsync(OrderToCashEvents.RefundRequested, request, json, "rma-sample-1-again", cancellationToken).ConfigureAwait(false);

        var refunds = await store.Payments.ListRefundsAsync(orderId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (refunds.Count != 1 || refunds[0].TotalAmount != line.PriceIncTax)
        {
            return CheckResult.Failed($"refund of order {orderId} requested twice: expected 1 refund of {line.PriceIncTax}, found {refunds.Count}");
        }

        await context.PollAndWaitAsync(Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(Poller, cancellationToken).ConfigureAwait(false);
        var states = oms.Payments.Where(p => p.OrderId == orderId).ToList();
        if (states.Count != 2 || states[^1].RefundedAmount != line.PriceIncTax)
        {
            return CheckResult.Failed($"order {orderId}: expected the refund mirrored back once, found {states.Count} states, refunded {states[^1].RefundedAmount}");
        }

        return CheckResult.Ok($"order {orderId} {captured.PaymentStatus} mirrored; refund request rma-sample-1 (sent twice) → 1 refund of {refunds[0].TotalAmount} → mirrored back as {states[^1].PaymentStatus}; re-poll: nothing more");
    }
}
