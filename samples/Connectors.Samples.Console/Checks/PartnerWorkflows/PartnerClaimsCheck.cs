using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-6: a claim thread with evidence runs intake, validation, investigation, approval and settlement; each stage is posted back.</summary>
public sealed class PartnerClaimsCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => PartnerClaimsWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var poller = Workflows.GridPoller(Id, "thread.created");
        var flowBack = Workflows.WorkflowPoller(PartnerClaimsWorkflow.FlowBackId);
        var grid = context.Grid();
        var space = context.PartnerSpaceId();
        var thread = grid.PartnerOpensThread(space, "Shortage on ASN-88120", "Two cases missing.", "Claim");
        var evidence = grid.PartnerSharesDocument(space, "pod.pdf", [9], "ProofOfDelivery", thread.ThreadId);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var process = context.Processes("claims-process", thread.ThreadId).SingleOrDefault();
        if (process is null || process.Variable("evidenceDocumentIds") != evidence.DocumentId)
        {
            return CheckResult.Failed($"claim thread {thread.ThreadId}: no claims process carrying the evidence {evidence.DocumentId}");
        }

        await context.CompleteAsync(thread.ThreadId, "intake", cancellationToken).ConfigureAwait(false);
        await context.CompleteAsync(thread.ThreadId, "validation", cancellationToken, WorkflowVariable.FromBoolean("valid", true)).ConfigureAwait(false);
        await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);
        await context.CompleteAsync(thread.ThreadId, "investigation", cancellationToken).ConfigureAwait(false);
        await context.CompleteAsync(thread.ThreadId, "approval", cancellationToken, WorkflowVariable.FromBoolean("approved", true)).ConfigureAwait(false);
        await context.CompleteAsync(thread.ThreadId, "settlement", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);

        var posts = context.PartnerVisiblePosts(thread.ThreadId).Select(p => p.Body).ToList();
        string[] stages = ["received and logged", "validated", "investigation", "decided", "settled"];
        var missing = stages.Where(s => !posts.Any(b => b.Contains(s, StringComparison.Ordinal))).ToList();
        var closed = posts.Count(b => b.Contains("is closed", StringComparison.Ordinal));
        var processes = context.Processes("claims-process", thread.ThreadId).Count;
        if (missing.Count > 0 || closed != 1 || processes != 1)
        {
            return CheckResult.Failed($"claim {thread.ThreadId}: stages not posted [{string.Join(", ", missing)}], {closed} closing post(s), {processes} process(es)");
        }

        return CheckResult.Ok($"claim thread {thread.ThreadId} ({process.Variable("claimType")}, evidence pod.pdf) → claims process {process.Id}; {posts.Count} stage posts from intake to settlement, closed once; re-polls changed nothing");
    }
}
