using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-7: a pricing-exception request becomes a task for the pricing team; the clarification question and the partner's answer travel both ways.</summary>
public sealed class PartnerRequestCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => PartnerRequestWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        const string question = "Which lines does the discount cover?";
        var poller = Workflows.GridPoller(Id, "thread.created");
        var replies = Workflows.GridPoller(PartnerRequestWorkflow.ReplyId, "post.created");
        var thread = context.Grid().PartnerOpensThread(context.PartnerSpaceId(), "Special price for PO-104240", "Can we get 5% off?", "PricingException");
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var process = context.Processes("partner-request", thread.ThreadId).SingleOrDefault();
        if (process is null)
        {
            return CheckResult.Failed($"request thread {thread.ThreadId}: no partner-request process");
        }

        await context.CompleteAsync(thread.ThreadId, "triage", cancellationToken, WorkflowVariable.FromString("clarificationQuestion", question)).ConfigureAwait(false);
        await context.PollAndWaitAsync(Workflows.TaskListPoller(PartnerRequestWorkflow.ClarificationId), cancellationToken).ConfigureAwait(false);
        var asked = context.PartnerVisiblePosts(thread.ThreadId).Count(p => p.Body.Contains(question, StringComparison.Ordinal));

        context.Grid().PartnerPosts(thread.ThreadId, "Lines 1 to 3.");
        await context.PollAndWaitAsync(replies, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(replies, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var task = context.Engine().Tasks.Single(t => t.Node.Id == "clarify" && t.Instance.Id == process.Id);
        var comments = (await context.Get<WorkflowServiceClient>().Tasks.GetCommentsAsync(task.Id, cancellationToken).ConfigureAwait(false)).Value;
        var answers = comments.Count(c => c.Message?.Contains("Lines 1 to 3.", StringComparison.Ordinal) == true);
        var processes = context.Processes("partner-request", thread.ThreadId).Count;
        if (asked != 1 || answers != 1 || processes != 1)
        {
            return CheckResult.Failed($"request {thread.ThreadId}: question posted {asked}×, answer on the task {answers}×, {processes} process(es)");
        }

        return CheckResult.Ok($"pricing exception thread {thread.ThreadId} → task for team {process.Variable("team")} (process {process.Id}); question posted to the partner, answer added to task {task.Id}; re-polls changed nothing");
    }
}
