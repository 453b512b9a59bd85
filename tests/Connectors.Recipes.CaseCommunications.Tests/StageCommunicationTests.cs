using Connectors.OpenText.CoreCase;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Recipes.CaseCommunications.Tests;

public sealed class StageCommunicationTests
{
    [Fact]
    public async Task CC_EX_5_each_lifecycle_stage_sends_its_template_once()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddStageCommunications());
        var theCase = await host.NewCaseAsync();
        await host.PollAsync(StageCommunicationRecipe.Poller);

        var cases = host.CoreCase().Cases;
        await cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress);
        await cases.ChangeStatusAsync(theCase.Ref, CaseStatus.AwaitingInformation, "proof of address missing");
        await host.PollAsync(StageCommunicationRecipe.Poller);
        await host.SetAsync(theCase.Ref, "stage", "renewal");
        await host.PollAsync(StageCommunicationRecipe.Poller);

        // Back and forth to awaiting information again, then a replayed poll: the stage was already communicated.
        await cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress);
        await cases.ChangeStatusAsync(theCase.Ref, CaseStatus.AwaitingInformation);
        await host.PollAsync(StageCommunicationRecipe.Poller);
        await host.PollAsync(StageCommunicationRecipe.Poller);

        Assert.Equal(
            ["acknowledgement-letter", "missing-information-request", "renewal-notice"],
            host.JobsOf(theCase.Ref).Select(j => CaseComms.Text(j, "communicationId")));
        Assert.Equal("missing-information", CaseComms.Data(host.JobsOf(theCase.Ref)[1], "stage"));
    }

    [Fact]
    public async Task CC_EX_5_a_due_date_within_the_lead_time_sends_the_renewal_stage_once()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddStageCommunications(o =>
        {
            o.CreatedStage = null;
            o.DueDateLeadTime = TimeSpan.FromDays(14);
        }));
        var now = DateTimeOffset.UtcNow;
        var dueSoon = await host.NewCaseAsync("Grace Hopper", "grace@example.com", due: now.AddDays(5));
        var dueLater = await host.NewCaseAsync("Alan Turing", "alan@example.com", due: now.AddDays(60));
        var overdue = await host.NewCaseAsync("Edsger Dijkstra", "edsger@example.com", due: now.AddDays(-1));

        await host.PollAsync(StageCommunicationRecipe.DueDatePoller);
        await host.PollAsync(StageCommunicationRecipe.DueDatePoller);

        // The same stage reached through the stage attribute is the same key (case id + stage): nothing new.
        await host.SetAsync(dueSoon.Ref, "stage", "renewal");
        await host.PollAsync(StageCommunicationRecipe.Poller);

        var job = Assert.Single(host.JobsOf(dueSoon.Ref));
        Assert.Equal("renewal-notice", CaseComms.Text(job, "communicationId"));
        Assert.Equal("renewal", CaseComms.Data(job, "stage"));
        Assert.Equal("grace@example.com", CaseComms.RecipientEmail(job));
        Assert.Empty(host.JobsOf(dueLater.Ref));
        Assert.Empty(host.JobsOf(overdue.Ref));
    }
}
