using Connectors.Testing;
using System.Text.Json.Nodes;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-7: key-account management escalates a late order; the case gets collaborators; the agreed refund lands on the order once.</summary>
public sealed class StrategicEscalationCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => StrategicEscalationRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var order = await PlaceOrderAsync(context, OrderStatus.Shipped, productId: 78, quantity: 10, customerId: 8, cancellationToken).ConfigureAwait(false);
        var escalation = new EscalationRequest(order.Id, "Wholesale launch stock arrived a week late", Strategic: true);
        await SubmitAsync(context, HostRequestEnvelopes.Escalation(escalation), cancellationToken).ConfigureAwait(false);
        await SubmitAsync(context, HostRequestEnvelopes.Escalation(escalation) with { Id = $"escalation-{order.Id}-resent" }, cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"order:{order.Id}:escalation");
        if (cases.Count != 1 || cases[0].Tasks.Count == 0)
        {
            return CheckResult.Failed($"escalation of order {order.Id}: expected 1 case with collaborator tasks, found {cases.Count} case(s)");
        }

        await ResolveAsync(context, cases[0].Ref(), "refund", u => u.Attributes["refundAmount"] = JsonValue.Create(50m), cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(StrategicEscalationRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(StrategicEscalationRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);

        var refunds = await RefundsAsync(context, order.Id, cancellationToken).ConfigureAwait(false);
        return refunds.Count == 1 && refunds[0].TotalAmount == 50m && NoteLines(context, order.Id, "Refunded 50.00") == 1
            ? CheckResult.Ok($"order {order.Id} escalated → case {cases[0].CaseNumber} with {cases[0].Tasks.Count} collaborator task(s); remedy 'refund' → 50.00 refunded and noted, once")
            : CheckResult.Failed($"escalation case {cases[0].CaseNumber} resolved with a 50.00 refund: found {refunds.Count} refund(s)");
    }
}
