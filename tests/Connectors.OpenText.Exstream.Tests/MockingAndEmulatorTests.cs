using System.Net;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Exstream;
using NSubstitute;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class MockingAndEmulatorTests
{
    [Fact]
    public async Task The_client_and_its_services_can_be_mocked_with_the_model_factory()
    {
        var jobs = Substitute.For<JobService>();
        jobs.GetAsync("j-1", Arg.Any<CancellationToken>())
            .Returns(ResponseFactory.FromValue(ExstreamModelFactory.CommunicationJob("j-1", JobState.Failed, CommunicationChannel.Email, error: new JobError { Code = "E1" })));
        var client = Substitute.For<ExstreamClient>();
        client.Jobs.Returns(jobs);
        var events = Substitute.For<DeliveryEventService>();
        events.ListAsync(0, null, null).Returns(AsyncPageable<ExstreamEvent>.FromPages(
            [Page<ExstreamEvent>.FromValues([ExstreamModelFactory.ExstreamEvent("e-1", 1, ExstreamEventType.ReturnedMail, "j-1", reasonCode: "returned_mail")])]));

        CommunicationJob job = await client.Jobs.GetAsync("j-1");
        var evt = await events.ListAsync().SingleAsync();

        Assert.Equal("E1", job.Error?.Code);
        Assert.Equal("returned_mail", evt.Reason?.Code);
    }

    [Fact]
    public async Task The_emulator_refuses_requests_without_a_bearer_token()
    {
        await using var identity = await Connectors.Emulators.OpenTextIdentity.OpenTextIdentityEmulator.StartNewAsync();
        await using var exstream = await ExstreamEmulator.StartAsync(identity);
        using var http = new HttpClient { BaseAddress = exstream.BaseAddress };

        using var response = await http.GetAsync(new Uri("orchestration/api/v1/jobs/claims", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_submission_is_a_typed_error_with_status_413()
    {
        await using var ctx = await ExstreamTestContext.StartAsync();
        var request = new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.ApprovalLetter,
            Channel = CommunicationChannel.Archive,
            Recipient = new Recipient { Name = "Big" },
            Data = new JsonObject { ["blob"] = new string('x', ExstreamEmulator.MaxBodyBytes + 10) },
        };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ctx.Client.Jobs.SubmitAsync(request));

        Assert.Equal(413, error.Status);
        Assert.False(error.IsTransient);
        Assert.Empty(ctx.Exstream.Jobs);
    }
}
