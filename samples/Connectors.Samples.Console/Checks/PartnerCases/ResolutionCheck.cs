using Connectors.Testing;
using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerCases;

namespace Connectors.Samples.Checks.PartnerCases;

/// <summary>TG-CC-7: a resolved dispute case posts its resolution and root cause to the partner and resolves the thread.</summary>
public sealed class ResolutionCheck : RecipeCheck
{
    private const string Secret = "INTERNAL-BLAME-NOTE-4711";

    /// <inheritdoc />
    public override string Id => ResolutionToPartner.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var thread = context.Grid().PartnerOpensThread(context.PartnerSpaceId(), "Price mismatch", "Invoice price differs from PO.", "Invoice");
        await context.PollAndWaitAsync(PartnerDisputeToCase.Poller, cancellationToken).ConfigureAwait(false);
        var opened = context.PartnerCases($"thread:{thread.ThreadId}").SingleOrDefault();
        if (opened is null)
        {
            return CheckResult.Failed($"thread {thread.ThreadId}: no dispute case to resolve");
        }

        var client = context.Get<CoreCaseClient>();
        await client.Comments.AddAsync(opened.Ref(), $"{Secret}: blame the pricing team", cancellationToken: cancellationToken).ConfigureAwait(false);
        await client.Comments.AddAsync(opened.Ref(), "Root cause: an outdated price list was loaded.", CommentVisibility.Shared, cancellationToken).ConfigureAwait(false);
        await client.Cases.ChangeStatusAsync(opened.Ref(), CaseStatus.InProgress, cancellationToken: cancellationToken).ConfigureAwait(false);
        await client.Cases.ChangeStatusAsync(opened.Ref(), CaseStatus.Resolved, "credit note issued", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(ResolutionToPartner.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(ResolutionToPartner.Poller, cancellationToken).ConfigureAwait(false);

        var summaries = context.PostsByUs(thread.ThreadId).Where(p => p.Body.Contains("credit note issued", StringComparison.Ordinal)).ToList();
        if (summaries.Count != 1 || !summaries[0].Body.Contains("outdated price list", StringComparison.Ordinal))
        {
            return CheckResult.Failed($"case {opened.CaseNumber} resolved: expected 1 summary with the root cause in thread {thread.ThreadId}, found {summaries.Count}");
        }

        var status = context.Grid().Threads.Single(t => t.ThreadId == thread.ThreadId).Status;
        if (status != "Resolved" || context.Grid().Posts.Any(p => p.Body.Contains(Secret, StringComparison.Ordinal)))
        {
            return CheckResult.Failed($"case {opened.CaseNumber} resolved: thread is {status}, or an internal note reached the partner");
        }

        return CheckResult.Ok($"case {opened.CaseNumber} resolved → summary with root cause posted to thread {thread.ThreadId}, thread Resolved, internal note withheld; re-poll posted nothing more");
    }
}
