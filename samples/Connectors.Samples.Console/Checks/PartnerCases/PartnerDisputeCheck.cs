using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerCases;

namespace Connectors.Samples.Checks.PartnerCases;

/// <summary>TG-CC-1: a partner opens a dispute thread with a document; one case carries the conversation, the document and the transaction.</summary>
public sealed class PartnerDisputeCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => PartnerDisputeToCase.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var grid = context.Grid();
        var space = context.PartnerSpaceId();
        var thread = grid.PartnerOpensThread(space, "Invoice overcharged", "The price on TX0000009004 does not match our contract.", "Invoice");
        grid.PartnerSharesDocument(space, "contract.pdf", "%PDF-contract"u8.ToArray(), "Invoice", thread.ThreadId);

        await context.PollAndWaitAsync(PartnerDisputeToCase.Poller, cancellationToken).ConfigureAwait(false);
        var cases = context.PartnerCases($"thread:{thread.ThreadId}");
        if (cases.Count != 1)
        {
            return CheckResult.Failed($"dispute thread {thread.ThreadId}: expected 1 case, found {cases.Count}");
        }

        var opened = cases[0];
        if (!opened.ExternalReferences.Any(r => r.Id == "transaction:TX0000009004") || opened.Attachments.Count != 1)
        {
            return CheckResult.Failed($"case {opened.CaseNumber}: transaction reference or contract.pdf missing");
        }

        // The same event again: by poll and as the Trading Grid callback delivery.
        await context.PollAndWaitAsync(PartnerDisputeToCase.Poller, cancellationToken).ConfigureAwait(false);
        var created = grid.Events.First(e => e.EventType == "thread.created" && e.Data.GetValueOrDefault("threadId") == thread.ThreadId);
        await context.SubmitAndWaitAsync(TradingGridDelivery.Of(created), cancellationToken).ConfigureAwait(false);
        cases = context.PartnerCases($"thread:{thread.ThreadId}");
        if (cases.Count != 1 || cases[0].Attachments.Count != 1)
        {
            return CheckResult.Failed($"dispute thread {thread.ThreadId}: a repeat changed the case (cases {cases.Count})");
        }

        return CheckResult.Ok($"dispute thread {thread.ThreadId} → case {opened.CaseNumber} with transaction TX0000009004 and contract.pdf; re-poll and webhook duplicate: still 1 case");
    }
}
