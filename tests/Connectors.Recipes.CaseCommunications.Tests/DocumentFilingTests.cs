using System.Text;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Recipes.CaseCommunications.Tests;

public sealed class DocumentFilingTests
{
    [Fact]
    public async Task CC_EX_2_completed_job_outputs_are_filed_on_the_case_once()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddMilestoneCommunications().AddDocumentFiling());
        var theCase = await host.NewCaseAsync();
        await host.SetAsync(theCase.Ref, "milestone", "approval");
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);
        await host.Systems.Exstream.PumpAsync();

        var job = Assert.Single(host.JobsOf(theCase.Ref));
        Assert.Equal("completed", job.State);
        await host.PollAsync(DocumentFilingRecipe.Poller);

        var filed = Assert.Single(host.Systems.CoreCase.State.FindCase(theCase.Id)!.Attachments);
        var output = Assert.Single(job.Outputs);
        Assert.Equal(output.FileName, filed.FileName);
        Assert.Equal("application/pdf", filed.MimeType);
        Assert.Equal(output.Content, filed.Content);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(filed.Content, 0, 4), StringComparison.Ordinal);

        // The next poll sees the same job again (inclusive checkpoint) and files nothing more.
        await host.PollAsync(DocumentFilingRecipe.Poller);
        Assert.Single(host.Systems.CoreCase.State.FindCase(theCase.Id)!.Attachments);
    }

    [Fact]
    public async Task CC_EX_2_jobs_not_linked_to_a_case_are_ignored()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddDocumentFiling());
        var exstream = host.Get<Connectors.OpenText.Exstream.ExstreamClient>();
        await exstream.Jobs.SubmitAsync(new Connectors.OpenText.Exstream.CommunicationRequest
        {
            CommunicationId = "approval-letter",
            Channel = Connectors.OpenText.Exstream.CommunicationChannel.Email,
            Recipient = new Connectors.OpenText.Exstream.Recipient { Name = "Bob", Email = "bob@example.com" },
            CorrelationId = "order-7",
        });
        await host.Systems.Exstream.PumpAsync();

        await host.PollAsync(DocumentFilingRecipe.Poller);

        Assert.All(host.Systems.CoreCase.State.Cases, c => Assert.Empty(c.Attachments));
        Assert.Empty(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery()));
    }
}
