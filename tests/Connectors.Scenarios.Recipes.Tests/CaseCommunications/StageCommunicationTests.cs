using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Recipes.CaseCommunications;

namespace Connectors.Scenarios.Recipes.Tests.CaseCommunications;

public sealed class StageCommunicationTests
{
    [Fact]
    public async Task CC_EX_5_each_lifecycle_stage_sends_its_template_once()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddStageCommunications());
        var theCase = await host.NewCaseAsync();
        await host.PollAsync(StageCommunicationRecipe.Poller);

        var cases = host.CoreCase().Cases;
        await cases.ChangeStatusAsync(theCase.Id, CaseStatus.InProgress);
        await cases.ChangeStatusAsync(theCase.Id, CaseStatus.AwaitingInformation, "proof of address missing");
        await host.PollAsync(StageCommunicationRecipe.Poller);
        await host.SetAsync(theCase.Id, "stage", "renewal");
        await host.PollAsync(StageCommunicationRecipe.Poller);

        // Back and forth to awaiting information again, then a replayed poll: the stage was already communicated.
        await cases.ChangeStatusAsync(theCase.Id, CaseStatus.InProgress);
        await cases.ChangeStatusAsync(theCase.Id, CaseStatus.AwaitingInformation);
        await host.PollAsync(StageCommunicationRecipe.Poller);
        await host.PollAsync(StageCommunicationRecipe.Poller);

        Assert.Equal(
            ["acknowledgement-letter", "missing-information-request", "renewal-notice"],
            host.JobsOf(theCase.Id).Select(j => CaseComms.Text(j, "communicationId")));
        Assert.Equal("missing-information", CaseComms.Data(host.JobsOf(theCase.Id)[1], "stage"));
    }
}
