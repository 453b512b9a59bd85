using Connectors.Testing;
using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerCases;

namespace Connectors.Samples.Checks.PartnerCases;

/// <summary>TG-CC-3: a document shared in a dispute thread is attached to its case; a document request task is posted back.</summary>
public sealed class DocumentEvidenceCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => DocumentEvidenceToCase.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var grid = context.Grid();
        var space = context.PartnerSpaceId();
        var thread = grid.PartnerOpensThread(space, "Damaged goods", "Two cartons were crushed.", "Dispute");
        await context.PollAndWaitAsync(PartnerDisputeToCase.Poller, cancellationToken).ConfigureAwait(false);
        var opened = context.PartnerCases($"thread:{thread.ThreadId}").SingleOrDefault();
        if (opened is null)
        {
            return CheckResult.Failed($"thread {thread.ThreadId}: no dispute case to attach evidence to");
        }

        var document = grid.PartnerSharesDocument(space, "photos.pdf", "%PDF-photos"u8.ToArray(), "Invoice", thread.ThreadId);
        await context.PollAndWaitAsync(DocumentEvidenceToCase.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DocumentEvidenceToCase.Poller, cancellationToken).ConfigureAwait(false);
        var attached = context.CaseState().FindCase(opened.Id)!.Attachments.Count(a => a.FileName.EndsWith(document.FileName, StringComparison.Ordinal));
        if (attached != 1)
        {
            return CheckResult.Failed($"case {opened.CaseNumber}: expected photos.pdf attached once, found {attached}");
        }

        var tasks = context.Get<CoreCaseClient>().Tasks;
        await tasks.CreateAsync(opened.Ref(), new NewCaseTask { Name = "Request documents", Description = "the signed proof of delivery" }, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DocumentEvidenceToCase.RequestPoller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DocumentEvidenceToCase.RequestPoller, cancellationToken).ConfigureAwait(false);
        var requests = context.PostsByUs(thread.ThreadId).Count(p => p.Body.Contains("the signed proof of delivery", StringComparison.Ordinal));
        if (requests != 1)
        {
            return CheckResult.Failed($"case {opened.CaseNumber}: expected 1 document request in thread {thread.ThreadId}, found {requests}");
        }

        return CheckResult.Ok($"photos.pdf shared in thread {thread.ThreadId} → attached to case {opened.CaseNumber}; document request posted back once; re-polls changed nothing");
    }
}
