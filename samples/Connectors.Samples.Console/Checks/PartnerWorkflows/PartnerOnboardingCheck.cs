using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-3: an onboarding submission runs the onboarding process; each step's status is published back to the submission.</summary>
public sealed class PartnerOnboardingCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => PartnerOnboardingWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var poller = Workflows.GridPoller(Id, "onboarding.submitted");
        var flowBack = Workflows.WorkflowPoller(PartnerOnboardingWorkflow.FlowBackId);
        var submission = context.Grid().SubmitOnboarding("Globex Foods", "edi@globex.example", ["ZZ:GLOBEX"], ["850", "810"]);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var process = context.Processes("partner-onboarding", submission.SubmissionId).SingleOrDefault();
        if (process is null)
        {
            return CheckResult.Failed($"onboarding {submission.SubmissionId} submitted: no onboarding process");
        }

        // One step at a time, each published before the next completes, as people work through the process.
        var statuses = new List<string>();
        foreach (var task in new[] { "complianceCheck", "accountSetup", "masterDataValidation", "approval" })
        {
            await context.CompleteAsync(submission.SubmissionId, task, cancellationToken).ConfigureAwait(false);
            await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);
            statuses.Add(context.Grid().OnboardingSubmissions.Single(o => o.SubmissionId == submission.SubmissionId).Status);
        }

        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var processes = context.Processes("partner-onboarding", submission.SubmissionId).Count;
        if (statuses[0] != "InReview" || statuses[^1] != "Completed" || processes != 1)
        {
            return CheckResult.Failed($"onboarding {submission.SubmissionId}: statuses published [{string.Join(" → ", statuses)}], {processes} process(es)");
        }

        return CheckResult.Ok($"onboarding {submission.SubmissionId} (Globex Foods) → process {process.Id}; statuses published {string.Join(" → ", statuses.Distinct())}; re-poll: still 1 process");
    }
}
