using Connectors.Samples.Catalog;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>CC-EX-1: setting a case's milestone to approval sends the approval letter to the customer, once.</summary>
public sealed class MilestoneCommunicationCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => MilestoneCommunicationRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var theCase = await context.NewCaseAsync("ada-cc-ex-1", cancellationToken).ConfigureAwait(false);
        await context.SetAsync(theCase.Ref, "milestone", "approval", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(MilestoneCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);

        var jobs = context.JobsOf(theCase.Ref);
        if (jobs.Count != 1 || Customers.Text(jobs[0], "communicationId") != "approval-letter" || Customers.RecipientEmail(jobs[0]) != Customers.Email("ada-cc-ex-1"))
        {
            return CheckResult.Failed($"case {theCase.CaseNumber} approved: expected 1 approval-letter to the customer, found [{jobs.Templates()}]");
        }

        // A re-poll, and the same milestone set again (a new event with the same key), send nothing more.
        await context.PollAndWaitAsync(MilestoneCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);
        await context.SetAsync(theCase.Ref, "milestone", "approval", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(MilestoneCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);
        var again = context.JobsOf(theCase.Ref).Count;
        if (again != 1)
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: the milestone set twice sent {again} letters");
        }

        return CheckResult.Ok($"case {theCase.CaseNumber} milestone approval → Exstream job {jobs[0].Id} approval-letter to {Customers.Email("ada-cc-ex-1")}; milestone set again: no second letter");
    }
}
