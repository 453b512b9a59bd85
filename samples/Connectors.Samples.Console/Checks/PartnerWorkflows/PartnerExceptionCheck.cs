using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-1: a partner dispute thread starts one partner-exception process with owner, due date and approval group.</summary>
public sealed class PartnerExceptionCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => PartnerExceptionWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var poller = Workflows.GridPoller(Id, "thread.created");
        var thread = context.Grid().PartnerOpensThread(context.PartnerSpaceId(), "PO-104233 quantity dispute", "We shipped 40, you booked 38.", "Dispute");
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);

        var businessKey = $"{Emulators.Partner}/{thread.ThreadId}";
        var started = context.Processes("partner-exception", businessKey);
        if (started.Count != 1 || started[0].Variable("dueDate") is null || started[0].Variable("approvalGroup") is null)
        {
            return CheckResult.Failed($"dispute thread {thread.ThreadId}: expected 1 partner-exception process with due date and approvers, found {started.Count}");
        }

        // A re-poll and a webhook delivery of the same thread do not start a second process.
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var created = context.Grid().Events.First(e => e.EventType == "thread.created" && e.Data.GetValueOrDefault("threadId") == thread.ThreadId);
        await context.SubmitAndWaitAsync(TradingGridDelivery.Of(created), cancellationToken).ConfigureAwait(false);
        var count = context.Processes("partner-exception", businessKey).Count;
        if (count != 1)
        {
            return CheckResult.Failed($"dispute thread {thread.ThreadId}: a repeat started {count} processes");
        }

        var process = started[0];
        return CheckResult.Ok($"dispute thread {thread.ThreadId} → partner-exception process {process.Id} owned by {process.Variable("owner")}, approvals by {process.Variable("approvalGroup")}, due {process.Variable("dueDate")}; re-poll and webhook: still 1 process");
    }
}
