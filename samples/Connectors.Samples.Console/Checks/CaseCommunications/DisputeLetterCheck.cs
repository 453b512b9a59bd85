using Connectors.Samples.Catalog;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>CC-EX-3: a case outcome sends a response letter; a changed outcome sends a revision of the first letter.</summary>
public sealed class DisputeLetterCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => DisputeLetterRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var theCase = await context.NewCaseAsync("ada-cc-ex-3", cancellationToken).ConfigureAwait(false);
        await context.SetAsync(theCase.Ref, "outcome", "settled", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DisputeLetterRecipe.Poller, cancellationToken).ConfigureAwait(false);
        var first = context.JobsOf(theCase.Ref);
        if (first.Count != 1 || Customers.Text(first[0], "communicationId") != "settlement-letter")
        {
            return CheckResult.Failed($"case {theCase.CaseNumber} settled: expected 1 settlement-letter, found [{first.Templates()}]");
        }

        await context.SetAsync(theCase.Ref, "outcome", "rejected", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DisputeLetterRecipe.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DisputeLetterRecipe.Poller, cancellationToken).ConfigureAwait(false);
        var jobs = context.JobsOf(theCase.Ref);
        if (jobs.Count != 2 || Customers.Text(jobs[1], "revisionOf") != first[0].Id)
        {
            return CheckResult.Failed($"case {theCase.CaseNumber} outcome changed: expected 1 revision of job {first[0].Id}, found [{jobs.Templates()}]");
        }

        return CheckResult.Ok($"case {theCase.CaseNumber} settled → {Customers.Text(first[0], "communicationId")} {first[0].Id}; changed to rejected → {Customers.Text(jobs[1], "communicationId")} {jobs[1].Id} revising it; re-poll sent nothing more");
    }
}
