using Connectors.Testing;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-8: finance audits a shipped order; the case gets the snapshot and evidence; the findings stay on the case.</summary>
public sealed class AuditReviewCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => AuditReviewRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var store = context.Systems!.BigCommerce.DefaultStore;
        var orderId = store.OrderIds.First(id => store.OrderStatusOf(id) == OrderStatus.Shipped.Id);
        var request = new AuditRequest(orderId, $"AUD-{orderId}", "finance.controller", "Quarter-end sample");
        await SubmitAsync(context, HostRequestEnvelopes.Audit(request), cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"order:{orderId}:audit:{request.AuditRef}");
        if (cases.Count != 1 || !cases[0].Attachments.Any(a => a.FileName == AuditReviewRecipe.SnapshotFile))
        {
            return CheckResult.Failed($"audit {request.AuditRef}: expected 1 case with the order snapshot, found {cases.Count} case(s)");
        }

        var files = string.Join(", ", cases[0].Attachments.Select(a => a.FileName).Order(StringComparer.Ordinal));
        await ResolveAsync(context, cases[0].Ref(), "no exceptions", u => u.Attributes["findings"] = "Invoice, shipment and payment reconcile.", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(AuditReviewRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);

        return NoteLines(context, orderId, $"Audit {request.AuditRef} completed") == 1 && cases[0].Comments.Any(c => c.Text.Contains("reconcile", StringComparison.Ordinal))
            ? CheckResult.Ok($"audit {request.AuditRef} of order {orderId} → case {cases[0].CaseNumber} with {files}; findings retained on the case, completion noted on the order")
            : CheckResult.Failed($"audit case {cases[0].CaseNumber} resolved but the findings or the order note are missing");
    }
}
