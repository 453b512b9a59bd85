using Connectors.Testing;
using System.Text.Json.Nodes;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-2: the contact centre raises a damaged-goods complaint; the agent approves a partial refund, which lands on the order once.</summary>
public sealed class CustomerComplaintCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => CustomerComplaintRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var order = await PlaceOrderAsync(context, OrderStatus.Completed, productId: 77, quantity: 1, customerId: 3, cancellationToken).ConfigureAwait(false);
        var complaint = new ComplaintRequest(order.Id, $"CMP-{order.Id}", "damaged-goods", "The terrarium glass arrived cracked.");
        await SubmitAsync(context, HostRequestEnvelopes.Complaint(complaint), cancellationToken).ConfigureAwait(false);
        await SubmitAsync(context, HostRequestEnvelopes.Complaint(complaint), cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"order:{order.Id}:complaint:");
        if (cases.Count != 1)
        {
            return CheckResult.Failed($"complaint {complaint.ComplaintRef}: expected 1 case, found {cases.Count}");
        }

        await ResolveAsync(context, cases[0].Ref(), "refund", u => u.Attributes["refundAmount"] = JsonValue.Create(20m), cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(CustomerComplaintRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(CustomerComplaintRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);

        var refunds = await RefundsAsync(context, order.Id, cancellationToken).ConfigureAwait(false);
        if (refunds.Count != 1 || refunds[0].TotalAmount != 20m || NoteLines(context, order.Id, $"Complaint {complaint.ComplaintRef} resolved: refund") != 1)
        {
            return CheckResult.Failed($"complaint case {cases[0].CaseNumber} resolved with a 20.00 refund: found {refunds.Count} refund(s) and the staff note {NoteLines(context, order.Id, "Complaint")} time(s)");
        }

        return CheckResult.Ok($"complaint {complaint.ComplaintRef} on order {order.Id} → case {cases[0].CaseNumber}; resolved 'refund' → 20.00 refunded and noted on the order, once");
    }
}
