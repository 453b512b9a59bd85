using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.CaseCommunications;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>CC-EX-7: a case's timeline merges its own events and its Exstream communication history in time order.</summary>
public sealed class CaseTimelineCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => CaseTimelineRecipe.Id;

    /// <summary>CC-EX-7 is a query, not a scenario: it is wired when its service is registered.</summary>
    /// <param name="context">The running host.</param>
    protected override bool IsWired(CatalogContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService<CaseTimelineService>() is not null;
    }

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var theCase = await context.NewCaseAsync("ada-cc-ex-7", cancellationToken).ConfigureAwait(false);
        await context.SetAsync(theCase.Ref, "milestone", "approval", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(MilestoneCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);
        await context.PumpExstreamAsync(cancellationToken).ConfigureAwait(false);
        await context.Get<CoreCaseClient>().Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress, "claim approved", cancellationToken).ConfigureAwait(false);

        var service = context.Get<CaseTimelineService>();
        var timeline = await service.GetAsync(theCase.Ref, cancellationToken).ConfigureAwait(false);
        var again = await service.GetAsync(theCase.Ref, cancellationToken).ConfigureAwait(false);

        var communications = timeline.Count(e => e.Source == "communication");
        var caseEvents = timeline.Count(e => e.Source == "case");
        var ordered = timeline.Zip(timeline.Skip(1)).All(p => p.First.At <= p.Second.At);

        // The status change is the case's latest event; an Exstream delivery event may be stamped after it.
        var lastCaseEvent = timeline.LastOrDefault(e => e.Source == "case");
        if (communications == 0 || caseEvents == 0 || !ordered || lastCaseEvent?.Why != "claim approved")
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: timeline of {caseEvents} case and {communications} communication entries, in time order: {ordered}");
        }

        if (again.Count != timeline.Count)
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: reading the timeline twice gave {timeline.Count} and {again.Count} entries");
        }

        return CheckResult.Ok($"case {theCase.CaseNumber} → timeline of {caseEvents} case events and {communications} communication entries in time order, last case event \"{lastCaseEvent.What}\"; read again: the same {again.Count} entries");
    }
}
