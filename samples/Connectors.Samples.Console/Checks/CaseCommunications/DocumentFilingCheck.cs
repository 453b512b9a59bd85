using Connectors.Samples.Catalog;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>CC-EX-2: the PDF of a completed Exstream job is filed on its case, once.</summary>
public sealed class DocumentFilingCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => DocumentFilingRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var theCase = await context.NewCaseAsync("ada-cc-ex-2", cancellationToken).ConfigureAwait(false);
        await context.SetAsync(theCase.Ref, "milestone", "approval", cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(MilestoneCommunicationRecipe.Poller, cancellationToken).ConfigureAwait(false);
        await context.PumpExstreamAsync(cancellationToken).ConfigureAwait(false);
        var job = context.JobsOf(theCase.Ref).SingleOrDefault();
        if (job is not { State: "completed", Outputs.Count: 1 })
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: no completed Exstream job with one output to file ({job?.State ?? "no job"})");
        }

        await context.PollAndWaitAsync(DocumentFilingRecipe.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(DocumentFilingRecipe.Poller, cancellationToken).ConfigureAwait(false);

        var output = job.Outputs[0];
        var filed = context.CaseState().FindCase(theCase.Id)!.Attachments;
        if (filed.Count != 1 || filed[0].FileName != output.FileName || !filed[0].Content.AsSpan().SequenceEqual(output.Content))
        {
            return CheckResult.Failed($"case {theCase.CaseNumber}: expected {output.FileName} filed once, found {filed.Count} attachment(s)");
        }

        return CheckResult.Ok($"Exstream job {job.Id} completed → {output.FileName} ({output.Content.Length} bytes) filed on case {theCase.CaseNumber}; re-poll filed nothing more");
    }
}
