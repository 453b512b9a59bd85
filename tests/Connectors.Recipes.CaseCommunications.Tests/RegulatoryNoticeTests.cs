using Connectors.Emulators.CoreCase;
using Connectors.Recipes.CaseCommunications;
using Connectors.Scenarios.Storage;

namespace Connectors.Recipes.CaseCommunications.Tests;

public sealed class RegulatoryNoticeTests
{
    [Fact]
    public async Task CC_EX_4_compliance_action_issues_the_controlled_notice_and_archives_it_once()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddRegulatoryNotices(o =>
        {
            o.CaseDefinitionIds.Add(CoreCaseState.DefaultCaseDefinitionId);
            o.Notices["privacy-breach"] = "regulatory-notice";
        }));
        var theCase = await host.NewCaseAsync();

        await host.SetAsync(theCase.Ref, "complianceAction", "privacy-breach");
        await host.PollAsync(RegulatoryNoticeRecipe.Poller);

        var jobs = host.JobsOf(theCase.Ref);
        Assert.Equal(["email", "archive"], jobs.Select(j => CaseComms.Text(j, "channel")));
        Assert.All(jobs, j => Assert.Equal("regulatory-notice", CaseComms.Text(j, "communicationId")));
        Assert.All(jobs, j => Assert.Equal("privacy-breach", CaseComms.Data(j, "notice")));

        await host.SetAsync(theCase.Ref, "complianceAction", "privacy-breach");
        await host.PollAsync(RegulatoryNoticeRecipe.Poller);
        Assert.Equal(2, host.JobsOf(theCase.Ref).Count);
    }

    [Fact]
    public async Task CC_EX_4_notice_type_without_a_controlled_template_is_dead_lettered()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddRegulatoryNotices());
        var theCase = await host.NewCaseAsync();

        await host.SetAsync(theCase.Ref, "complianceAction", "free-form-letter");
        await host.PollAsync(RegulatoryNoticeRecipe.Poller);

        var letter = Assert.Single(await host.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = RegulatoryNoticeRecipe.Id }));
        Assert.Contains("no controlled template", letter.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(host.JobsOf(theCase.Ref));
    }
}
