using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-2: a document shared in the community starts a review; the reviewer's decision is posted back, without internal notes.</summary>
public sealed class DocumentReviewCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => DocumentReviewWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var poller = Workflows.GridPoller(Id, "document.shared");
        var document = context.Grid().PartnerSharesDocument(context.PartnerSpaceId(), "invoice-55012.pdf", [1, 2, 3], "Invoice");
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var process = context.Processes("document-review", document.DocumentId).SingleOrDefault();
        if (process?.Variable("threadId") is not { } threadId)
        {
            return CheckResult.Failed($"document {document.DocumentId} shared: no review process with a thread");
        }

        await context.CompleteAsync(
            document.DocumentId,
            "review",
            cancellationToken,
            WorkflowVariable.FromString("decision", "approved"),
            WorkflowVariable.FromString("partnerComment", "Thanks."),
            WorkflowVariable.FromString("internalNote", "margin is thin")).ConfigureAwait(false);
        await context.PollAndWaitAsync(Workflows.WorkflowPoller(DocumentReviewWorkflow.FlowBackId), cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(Workflows.WorkflowPoller(DocumentReviewWorkflow.FlowBackId), cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);

        var posts = context.PartnerVisiblePosts(threadId);
        var decisions = posts.Count(p => p.Body.Contains("approved", StringComparison.Ordinal) && p.Body.Contains(document.FileName, StringComparison.Ordinal));
        if (decisions != 1 || posts.Any(p => p.Body.Contains("margin", StringComparison.Ordinal)))
        {
            return CheckResult.Failed($"review of {document.FileName} approved: expected 1 decision post in thread {threadId} and no internal note, found {decisions}");
        }

        var processes = context.Processes("document-review", document.DocumentId).Count;
        if (processes != 1)
        {
            return CheckResult.Failed($"document {document.DocumentId}: a re-poll started {processes} reviews");
        }

        return CheckResult.Ok($"{document.FileName} shared → review process {process.Id}; approved → decision posted to thread {threadId}, internal note withheld; re-polls changed nothing");
    }
}
