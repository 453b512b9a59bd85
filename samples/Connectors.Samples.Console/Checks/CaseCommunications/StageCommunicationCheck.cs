using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>CC-EX-5: each lifecycle stage of a case (created, awaiting information) sends its communication once.</summary>
public sealed class StageCommunicationCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => StageCommunicationRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var theCase = await context.NewCaseAsync("ada-cc-ex-5", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(StageCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);
        var cases = context.Get<CoreCaseClient>().Cases;

        // A poll after each status change: the recipe's poll ids are case id + event time in milliseconds, so two
        // changes of one case within the same millisecond would count as one event.
        async Task ChangeAsync(CaseStatus status)
        {
            await cases.ChangeStatusAsync(theCase.Ref, status, cancellationToken: cancellationToken).ConfigureAwait(false);
            await context.PollAndWaitAsync(StageCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);
        }

        await ChangeAsync(CaseStatus.InProgress).ConfigureAwait(false);
        await ChangeAsync(CaseStatus.AwaitingInformation).ConfigureAwait(false);

        // Back and forth to the same stage, then a re-poll: the stage was already communicated.
        await ChangeAsync(CaseStatus.InProgress).ConfigureAwait(false);
        await ChangeAsync(CaseStatus.AwaitingInformation).ConfigureAwait(false);
        await context.PollAndWaitAsync(StageCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);

        var sent = context.JobsOf(theCase.Ref).Templates();
        if (sent != "acknowledgement-letter, missing-information-request")
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: expected [acknowledgement-letter, missing-information-request], found [{sent}]");
        }

        return CheckResult.Ok($"case {theCase.CaseNumber} created → acknowledgement-letter; awaiting information → missing-information-request; same stage again: nothing more");
    }
}
