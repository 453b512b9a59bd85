using Connectors.Emulators.Hosting;
using Connectors.OpenText.CoreCase;
using Connectors.Recipes.CaseCommunications;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications.Tests;

public sealed class MilestoneCommunicationTests
{
    [Fact]
    public async Task CC_EX_1_milestone_sends_its_template_once_per_case_and_milestone()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddMilestoneCommunications(o => o.SharedAttributes.Add("policyNumber")));
        var theCase = await host.NewCaseAsync();

        await host.SetAsync(theCase.Ref, "milestone", "approval");
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);

        var job = Assert.Single(host.JobsOf(theCase.Ref));
        Assert.Equal("approval-letter", CaseComms.Text(job, "communicationId"));
        Assert.Equal("email", CaseComms.Text(job, "channel"));
        Assert.Equal("ada@example.com", CaseComms.RecipientEmail(job));
        Assert.Equal(theCase.Id, CaseComms.Data(job, "caseId"));
        Assert.Equal("approval", CaseComms.Data(job, "milestone"));
        Assert.Equal("P-100", CaseComms.Data(job, "policyNumber"));
        Assert.Null(CaseComms.Data(job, "internalRisk"));
        Assert.StartsWith($"corecase/case.event/{theCase.Ref}/", CaseComms.Data(job, "correlationId"));   // the polled event's id

        // Polling again, and the same milestone set again (a new event, same key), send nothing more.
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);
        await host.SetAsync(theCase.Ref, "milestone", "approval");
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);
        Assert.Single(host.JobsOf(theCase.Ref));

        // Closure is a status milestone.
        var cases = host.CoreCase().Cases;
        await cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress);
        await cases.ChangeStatusAsync(theCase.Ref, CaseStatus.Resolved);
        await cases.ChangeStatusAsync(theCase.Ref, CaseStatus.Closed);
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);
        Assert.Equal(["approval-letter", "closure-letter"], host.JobsOf(theCase.Ref).Select(j => CaseComms.Text(j, "communicationId")));
    }

    [Fact]
    public async Task CC_EX_1_submission_survives_transient_Exstream_failures()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddMilestoneCommunications());
        var theCase = await host.NewCaseAsync();
        host.Systems.Exstream.Faults.Add(Fault.Status(503), count: 2, pathContains: "/jobs/", method: "POST");

        await host.SetAsync(theCase.Ref, "milestone", "denial");
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);

        Assert.Equal(2, host.Systems.Exstream.Faults.InjectedCount);
        var job = Assert.Single(host.JobsOf(theCase.Ref));
        Assert.Equal("denial-letter", CaseComms.Text(job, "communicationId"));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task CC_EX_1_permanent_Exstream_failure_is_dead_lettered_and_replays_once()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddMilestoneCommunications());
        var theCase = await host.NewCaseAsync();
        host.Systems.Exstream.Faults.Add(Fault.Status(503), count: null, pathContains: "/jobs/", method: "POST");

        await host.SetAsync(theCase.Ref, "milestone", "escalation");
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);

        var letter = Assert.Single(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
        Assert.Equal("CC-EX-1", letter.Scenario);
        Assert.Equal("send-communication", letter.Step);
        Assert.Contains("503", letter.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(host.JobsOf(theCase.Ref));

        host.Systems.Exstream.Faults.Clear();
        Assert.True(await host.DeadLetters.ReplayAsync(letter.Id));
        await host.IdleAsync();
        await host.DeadLetters.ReplayAsync(letter.Id);
        await host.IdleAsync();

        var job = Assert.Single(host.JobsOf(theCase.Ref));
        Assert.Equal("escalation-notice", CaseComms.Text(job, "communicationId"));
    }

    [Fact]
    public void CC_EX_1_options_are_validated_when_added()
    {
        var builder = new ServiceCollection().AddScenarios();
        var error = Assert.Throws<InvalidOperationException>(() => builder.AddMilestoneCommunications(o =>
        {
            o.Templates.Clear();
            o.Templates["approval"] = "approval-letter";
        }));
        Assert.Contains("StatusMilestones['CLOSED']", error.Message, StringComparison.Ordinal);
    }
}
