using Connectors.Samples.Catalog;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>CC-EX-4: a compliance action on a case issues the controlled regulatory notice, by email and to the archive, once.</summary>
public sealed class RegulatoryNoticeCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => RegulatoryNoticeRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var theCase = await context.NewCaseAsync("ada-cc-ex-4", cancellationToken).ConfigureAwait(false);
        await context.SetAsync(theCase.Ref, "complianceAction", "regulatory-notice", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(RegulatoryNoticeRecipe.Poller, cancellationToken).ConfigureAwait(false);

        var jobs = context.JobsOf(theCase.Ref);
        var channels = string.Join(" + ", jobs.Select(j => Customers.Text(j, "channel")));
        if (channels != "email + archive" || jobs.Any(j => Customers.Text(j, "communicationId") != "regulatory-notice"))
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: expected the regulatory-notice by email + archive, found [{jobs.Templates()}] on {channels}");
        }

        await context.SetAsync(theCase.Ref, "complianceAction", "regulatory-notice", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(RegulatoryNoticeRecipe.Poller, cancellationToken).ConfigureAwait(false);
        var again = context.JobsOf(theCase.Ref).Count;
        if (again != 2)
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: the same action again made {again} jobs");
        }

        return CheckResult.Ok($"case {theCase.CaseNumber} compliance action → regulatory-notice by {channels} (jobs {jobs[0].Id}, {jobs[1].Id}); same action again: nothing more");
    }
}
