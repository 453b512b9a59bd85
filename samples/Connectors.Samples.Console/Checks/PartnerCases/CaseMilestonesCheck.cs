using Connectors.Testing;
using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerCases;

namespace Connectors.Samples.Checks.PartnerCases;

/// <summary>TG-CC-2: a dispute case's milestones are posted to the partner's thread; an internal note never is.</summary>
public sealed class CaseMilestonesCheck : RecipeCheck
{
    private const string Secret = "INTERNAL-MARGIN-NOTE-4711";

    /// <inheritdoc />
    public override string Id => CaseMilestonesToPartner.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var thread = context.Grid().PartnerOpensThread(context.PartnerSpaceId(), "Short shipment", "Only 8 of 10 pallets arrived.", "Shipment");
        await context.PollAndWaitAsync(PartnerDisputeToCase.Poller, cancellationToken).ConfigureAwait(false);
        var opened = context.PartnerCases($"thread:{thread.ThreadId}").SingleOrDefault();
        if (opened is null)
        {
            return CheckResult.Failed($"thread {thread.ThreadId}: no dispute case to publish milestones of");
        }

        var coreCase = context.Get<CoreCaseClient>();
        await coreCase.Comments.AddAsync(opened.Ref(), $"{Secret}: we shipped short on purpose", cancellationToken: cancellationToken).ConfigureAwait(false);
        await coreCase.Cases.ChangeStatusAsync(opened.Ref(), CaseStatus.InProgress, cancellationToken: cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(CaseMilestonesToPartner.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(CaseMilestonesToPartner.Poller, cancellationToken).ConfigureAwait(false);

        var ours = context.PostsByUs(thread.ThreadId);
        var received = ours.Count(p => p.Body.Contains("We received your request", StringComparison.Ordinal));
        var review = ours.Count(p => p.Body.Contains("under review", StringComparison.Ordinal));
        if (ours.Count != 2 || received != 1 || review != 1)
        {
            return CheckResult.Failed($"case {opened.CaseNumber}: expected 2 milestone posts (received, under review) in thread {thread.ThreadId}, found {ours.Count}");
        }

        if (context.Grid().Posts.Any(p => p.Body.Contains(Secret, StringComparison.Ordinal)))
        {
            return CheckResult.Failed($"case {opened.CaseNumber}: an internal note reached the partner");
        }

        return CheckResult.Ok($"case {opened.CaseNumber} opened and in progress → 2 partner posts in thread {thread.ThreadId}, internal note withheld; re-poll posted nothing more");
    }
}
