using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Catalog;
using Connectors.Scenarios.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-4: the seeded price mismatch on TX0000009004 is classified, routed to pricing, and its resolution posted in the thread.</summary>
public sealed class OrderDiscrepancyCheck : RecipeCheck
{
    private const string BusinessKey = "TX0000009004/pricing-conflict";

    /// <inheritdoc />
    public override string Id => OrderDiscrepancyWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var poller = Workflows.GridPoller(Id, "transaction.failed");
        var flowBack = Workflows.WorkflowPoller(OrderDiscrepancyWorkflow.FlowBackId);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var process = context.Processes("order-discrepancy", BusinessKey).SingleOrDefault();
        if (process?.Variable("threadId") is not { } threadId)
        {
            return CheckResult.Failed("failed transaction TX0000009004: no order-discrepancy process with a thread");
        }

        await context.CompleteAsync(BusinessKey, "resolve", cancellationToken, WorkflowVariable.FromString("resolution", "price corrected to 12.40 per case")).ConfigureAwait(false);
        await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);

        var resolved = context.PartnerVisiblePosts(threadId).Count(p => p.Body.Contains("price corrected to 12.40 per case", StringComparison.Ordinal));
        var status = context.Grid().Threads.Single(t => t.ThreadId == threadId).Status;
        var processes = context.Processes("order-discrepancy", BusinessKey).Count;
        if (resolved != 1 || status != "Resolved" || processes != 1)
        {
            return CheckResult.Failed($"TX0000009004 resolved: {resolved} resolution post(s), thread {status}, {processes} process(es)");
        }

        return CheckResult.Ok($"TX0000009004 price mismatch → pricing-conflict routed to {process.Variable("team")} (process {process.Id}); resolution posted, thread {threadId} Resolved; re-polls changed nothing");
    }
}
