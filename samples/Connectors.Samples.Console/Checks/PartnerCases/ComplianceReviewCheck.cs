using Connectors.Samples.Catalog;
using Connectors.Scenarios.Events;
using Connectors.Recipes.PartnerCases;

namespace Connectors.Samples.Checks.PartnerCases;

/// <summary>TG-CC-5: a compliance request from the host opens a review case with its tasks, and the partner is told in a new thread.</summary>
public sealed class ComplianceReviewCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => ComplianceReviewToCase.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var request = new ComplianceRequest(Emulators.Partner, "REQ-SAMPLE-1", "Conflict minerals declaration", "Annual declaration under policy 7.2");
        foreach (var delivery in new[] { "compliance-1", "compliance-1-redelivered" })
        {
            var envelope = EventEnvelope.Create(delivery, PartnerCaseLinks.HostSource, ComplianceReviewToCase.HostEventType, request, PartnerCasesJsonContext.Default.ComplianceRequest);
            await context.SubmitAndWaitAsync(envelope, cancellationToken).ConfigureAwait(false);
        }

        var cases = context.PartnerCases("compliance:" + request.RequestId);
        if (cases.Count != 1)
        {
            return CheckResult.Failed($"compliance request {request.RequestId}: expected 1 case, found {cases.Count}");
        }

        var review = cases[0];
        if (review.Tasks.Count != 3)
        {
            return CheckResult.Failed($"case {review.CaseNumber}: expected 3 review tasks, found {review.Tasks.Count}");
        }

        var threads = context.Grid().Threads.Where(t => t.Title == "Compliance review: " + request.Title).ToList();
        if (threads.Count != 1 || !context.PostsByUs(threads[0].ThreadId).Any(p => p.Body.Contains(review.CaseNumber, StringComparison.Ordinal)))
        {
            return CheckResult.Failed($"case {review.CaseNumber}: expected 1 partner thread naming the case, found {threads.Count}");
        }

        return CheckResult.Ok($"compliance request {request.RequestId} → case {review.CaseNumber} with {review.Tasks.Count} tasks; partner told in thread {threads[0].ThreadId}; redelivery: still 1 case");
    }
}
