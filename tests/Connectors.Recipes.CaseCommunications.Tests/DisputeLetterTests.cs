using Connectors.Recipes.CaseCommunications;

namespace Connectors.Recipes.CaseCommunications.Tests;

public sealed class DisputeLetterTests
{
    [Fact]
    public async Task CC_EX_3_outcome_sends_a_letter_and_a_changed_outcome_a_revision_of_the_first()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddDisputeLetters());
        var theCase = await host.NewCaseAsync();

        await host.SetAsync(theCase.Ref, "outcome", "settled");
        await host.PollAsync(DisputeLetterRecipe.Poller);
        var first = Assert.Single(host.JobsOf(theCase.Ref));
        Assert.Equal("settlement-letter", CaseComms.Text(first, "communicationId"));
        Assert.Null(CaseComms.Text(first, "revisionOf"));
        Assert.Equal("1", CaseComms.Data(first, "outcomeVersion"));

        await host.SetAsync(theCase.Ref, "outcome", "rejected");
        await host.PollAsync(DisputeLetterRecipe.Poller);
        var jobs = host.JobsOf(theCase.Ref);
        Assert.Equal(2, jobs.Count);
        var revised = jobs[1];
        Assert.Equal("dispute-response-letter", CaseComms.Text(revised, "communicationId"));
        Assert.Equal(first.Id, CaseComms.Text(revised, "revisionOf"));
        Assert.Equal(2, revised.Revision);
        Assert.Contains("rejected", CaseComms.Text(revised, "revisionReason"), StringComparison.Ordinal);

        // A third change still references the first letter; replays add nothing.
        await host.SetAsync(theCase.Ref, "outcome", "settled");
        await host.PollAsync(DisputeLetterRecipe.Poller);
        await host.PollAsync(DisputeLetterRecipe.Poller);
        jobs = host.JobsOf(theCase.Ref);
        Assert.Equal(3, jobs.Count);
        Assert.Equal(first.Id, CaseComms.Text(jobs[2], "revisionOf"));
        Assert.Equal("3", CaseComms.Data(jobs[2], "outcomeVersion"));
    }
}
