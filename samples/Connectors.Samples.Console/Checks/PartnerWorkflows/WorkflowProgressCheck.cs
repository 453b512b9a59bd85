using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-8: each task and the end of a partner-exception process are posted in the partner's thread, once.</summary>
public sealed class WorkflowProgressCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => WorkflowProgressPublishing.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var progress = Workflows.WorkflowPoller(Id);
        var thread = context.Grid().PartnerOpensThread(context.PartnerSpaceId(), "Delivery refused at dock 4", "Driver was sent away.", "Exception");
        await context.PollAndWaitAsync(Workflows.GridPoller(PartnerExceptionWorkflow.Id, "thread.created"), cancellationToken).ConfigureAwait(false);
        var businessKey = $"{Emulators.Partner}/{thread.ThreadId}";
        if (context.Processes("partner-exception", businessKey).Count != 1)
        {
            return CheckResult.Failed($"exception thread {thread.ThreadId}: no partner-exception process to follow");
        }

        await context.CompleteAsync(businessKey, "handle", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(progress, cancellationToken).ConfigureAwait(false);
        await context.CompleteAsync(businessKey, "approve", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(progress, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(progress, cancellationToken).ConfigureAwait(false);

        var posts = context.PartnerVisiblePosts(thread.ThreadId).Select(p => Emulators.WithoutRef(p.Body)).ToList();
        string[] expected =
        [
            "Your request is now at: Handle the exception.",
            "Completed: Handle the exception.",
            "Completed: Approve the resolution.",
            "Your request has been completed.",
        ];
        var wrong = expected.Where(e => posts.Count(b => b == e) != 1).ToList();
        if (wrong.Count > 0)
        {
            return CheckResult.Failed($"process of thread {thread.ThreadId}: not posted exactly once: [{string.Join(" | ", wrong)}]");
        }

        return CheckResult.Ok($"partner-exception process of thread {thread.ThreadId} → {expected.Length} progress posts from \"{expected[0]}\" to \"{expected[^1]}\"; re-poll posted nothing more");
    }
}
