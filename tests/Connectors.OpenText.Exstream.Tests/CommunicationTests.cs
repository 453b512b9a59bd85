using System.Text;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Exstream;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class CommunicationTests : IAsyncLifetime
{
    private ExstreamTestContext _ctx = null!;

    public async Task InitializeAsync() => _ctx = await ExstreamTestContext.StartAsync();

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private static OnDemandRequest OnDemand(string communicationId = ExstreamEmulator.ApprovalLetter) => new()
    {
        CommunicationId = communicationId,
        DriverDataSource = "Driver",
        Data = new JsonObject { ["policyDetails"] = new JsonObject { ["insuredName"] = "Allen Robertson" } },
    };

    [Fact]
    public async Task Generate_on_demand_returns_the_decoded_pdf_with_engine_context()
    {
        var documents = (await _ctx.Client.Communications.GenerateAsync(OnDemand())).Value;

        var document = Assert.Single(documents);
        Assert.Equal("application/pdf", document.MimeType);
        Assert.Equal("approval-letter", document.FileName); // the engine names outputs without extension (OpenText SDK adds it from the media type)
        var text = Encoding.ASCII.GetString(document.Content.Span);
        Assert.StartsWith("%PDF-1.4", text, StringComparison.Ordinal);
        Assert.Contains("Dear Allen Robertson,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_pdf_streams_raw_pdf_bytes()
    {
        await using var pdf = await _ctx.Client.Communications.GeneratePdfAsync(OnDemand());
        using var buffer = new MemoryStream();
        await pdf.Content.CopyToAsync(buffer);

        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal(200, pdf.GetRawResponse().Status);
        var text = Encoding.ASCII.GetString(buffer.ToArray());
        Assert.StartsWith("%PDF-1.4", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_for_an_unknown_communication_is_a_typed_not_found()
    {
        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => _ctx.Client.Communications.GenerateAsync(OnDemand("no-such-letter")));

        Assert.Equal(404, error.Status);
        Assert.Equal("1004", error.ErrorCode);
        Assert.Equal(ExstreamClient.SystemName, error.System);
    }

    [Fact]
    public async Task Submit_returns_a_queued_job_carrying_the_correlation_id()
    {
        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;

        Assert.Equal(JobState.Queued, job.State);
        Assert.Equal("case-42", job.CorrelationId);
        Assert.Equal(CommunicationChannel.Email, job.Channel);
        Assert.Equal(1, job.Revision);
        Assert.Equal("Ada Lovelace", job.Recipient?.Name);
        Assert.Equal("42", _ctx.Exstream.Jobs.Single().Request["data"]?["caseId"]?.GetValue<string>());
    }

    [Fact]
    public async Task Submit_without_the_address_the_channel_needs_is_a_validation_error_with_field_errors()
    {
        var request = new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.ApprovalLetter,
            Channel = CommunicationChannel.Email,
            Recipient = new Recipient { Name = "No Mail" },
        };

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => _ctx.Client.Jobs.SubmitAsync(request));

        Assert.Contains(error.FieldErrors, f => f.Field == "recipient.email");
        Assert.Empty(_ctx.Exstream.Jobs);
    }

    [Fact]
    public async Task Submitting_twice_with_one_idempotency_key_creates_one_job()
    {
        var request = new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.ApprovalLetter,
            Channel = CommunicationChannel.Sms,
            Recipient = new Recipient { Name = "Grace", Phone = "+15550100" },
            IdempotencyKey = "case-7:approval",
        };

        var first = (await _ctx.Client.Jobs.SubmitAsync(request)).Value;
        var second = await _ctx.Client.Jobs.SubmitAsync(request);

        Assert.Equal(first.JobId, second.Value.JobId);
        Assert.Equal("true", second.GetRawResponse().Headers["Idempotent-Replayed"]);
        Assert.Single(_ctx.Exstream.Jobs);
    }

    [Fact]
    public async Task A_submission_whose_first_attempt_gets_503_is_retried_and_creates_one_job()
    {
        _ctx.Exstream.Faults.Add(Connectors.Emulators.Hosting.Fault.Status(503), count: 1, pathContains: "/jobs/", method: "POST");

        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;

        Assert.Equal(1, _ctx.Exstream.Faults.InjectedCount);
        Assert.Equal(job.JobId, Assert.Single(_ctx.Exstream.Jobs).Id);
    }

    [Fact]
    public async Task Reissue_references_the_original_job_and_the_new_letter_says_so()
    {
        var original = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;

        var revised = (await _ctx.Client.Jobs.ReissueAsync(original.JobId, ExstreamTestContext.Email(), "outcome changed")).Value;
        var done = (await _ctx.RunAsync(_ctx.Client.Jobs.WaitForCompletionAsync(revised.JobId))).Value;

        Assert.Equal(original.JobId, revised.RevisionOf);
        Assert.Equal(2, revised.Revision);
        Assert.Equal("outcome changed", revised.RevisionReason);
        Assert.Equal(JobState.Completed, done.State);
        var output = await _ctx.Client.Outputs.ListAsync(revised.JobId).SingleAsync();
        await using var download = await _ctx.Client.Outputs.DownloadAsync(revised.JobId, output.OutputId);
        using var reader = new StreamReader(download.Content, Encoding.ASCII);
        Assert.Contains($"replaces the communication issued in job {original.JobId}", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reissue_of_an_unknown_job_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => _ctx.Client.Jobs.ReissueAsync("no-such-job", ExstreamTestContext.Email()));

        Assert.Contains(error.FieldErrors, f => f.Field == "revisionOf");
    }

    [Fact]
    public async Task Reissuing_with_the_original_request_and_key_creates_a_new_job_once()
    {
        var request = new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.SettlementLetter,
            Channel = CommunicationChannel.Email,
            Recipient = new Recipient { Name = "Ada", Email = "ada@example.com" },
            IdempotencyKey = "case-42:settlement",
        };
        var original = (await _ctx.Client.Jobs.SubmitAsync(request)).Value;

        var revised = (await _ctx.Client.Jobs.ReissueAsync(original.JobId, request)).Value;
        var retried = (await _ctx.Client.Jobs.ReissueAsync(original.JobId, request)).Value;

        Assert.NotEqual(original.JobId, revised.JobId);
        Assert.Equal(revised.JobId, retried.JobId);
        Assert.Equal(2, _ctx.Exstream.Jobs.Count);
    }

    [Fact]
    public async Task Reusing_an_idempotency_key_for_a_different_request_is_a_typed_conflict()
    {
        var first = ExstreamTestContext.Email();
        await _ctx.Client.Jobs.SubmitAsync(new CommunicationRequest { CommunicationId = first.CommunicationId, Channel = first.Channel, Recipient = first.Recipient, IdempotencyKey = "k-1" });

        await Assert.ThrowsAsync<ConnectorConflictException>(() => _ctx.Client.Jobs.SubmitAsync(
            new CommunicationRequest { CommunicationId = ExstreamEmulator.RegulatoryNotice, Channel = first.Channel, Recipient = first.Recipient, IdempotencyKey = "k-1" }));
        Assert.Single(_ctx.Exstream.Jobs);
    }
}
