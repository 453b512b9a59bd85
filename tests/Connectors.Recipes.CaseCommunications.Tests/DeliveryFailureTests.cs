using Connectors.Emulators.CoreCase;
using Connectors.Emulators.Exstream;
using Connectors.OpenText.CoreCase;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Recipes.CaseCommunications.Tests;

public sealed class DeliveryFailureTests
{
    [Fact]
    public async Task CC_EX_6_bounced_letter_opens_a_contact_case_and_resolving_it_resends_once()
    {
        await using var host = await CaseComms.StartAsync(s => s
            .AddMilestoneCommunications()
            .AddDeliveryFailureFollowUp(o =>
            {
                o.CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId;
                o.Queue = "contact-data-team";
            }));
        host.Systems.Exstream.SetDeliveryOutcome("ada@example.com", ExstreamDeliveryOutcome.Bounced);
        var theCase = await host.NewCaseAsync();
        await host.SetAsync(theCase.Ref, "milestone", "approval");
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);
        await host.Systems.Exstream.PumpAsync();
        var original = Assert.Single(host.JobsOf(theCase.Ref));

        await host.PollAsync(DeliveryFailureRecipe.Poller);
        await host.PollAsync(DeliveryFailureRecipe.Poller);

        var contactCase = Assert.Single(host.Systems.CoreCase.State.FindByExternalReference("exstream-delivery", $"{original.Id}:cust-1"));
        Assert.Equal("contact-data-team", contactCase.Assignee?.Id);
        Assert.Equal(original.Id, contactCase.Attributes["exstreamJobId"]?.GetValue<string>());
        Assert.Equal("ada@example.com", contactCase.Attributes["recipientEmail"]?.GetValue<string>());
        Assert.Contains("bounced", contactCase.Attributes["failureReason"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(contactCase.Attributes["correlationId"]);

        // An agent corrects the address and resolves the case: the letter is re-issued, referencing the failed job.
        await host.SetAsync(contactCase.Ref(), "recipientEmail", "ada@lovelace.example");
        var cases = host.CoreCase().Cases;
        await cases.ChangeStatusAsync(contactCase.Ref(), CaseStatus.InProgress);
        await cases.ChangeStatusAsync(contactCase.Ref(), CaseStatus.Resolved, "address fixed");
        await host.PollAsync(DeliveryFailureRecipe.ResendPoller);
        await host.PollAsync(DeliveryFailureRecipe.ResendPoller);

        var jobs = host.JobsOf(theCase.Ref);
        Assert.Equal(2, jobs.Count);
        Assert.Equal(original.Id, CaseComms.Text(jobs[1], "revisionOf"));
        Assert.Equal("approval-letter", CaseComms.Text(jobs[1], "communicationId"));
        Assert.Equal("ada@lovelace.example", CaseComms.RecipientEmail(jobs[1]));

        // The resent letter is delivered: no second contact case.
        await host.Systems.Exstream.PumpAsync();
        await host.PollAsync(DeliveryFailureRecipe.Poller);
        Assert.Equal(2, host.Systems.CoreCase.State.Cases.Count);
    }
}
