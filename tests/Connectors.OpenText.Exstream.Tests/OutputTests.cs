using System.Text;
using Connectors.Core;
using Connectors.Emulators.Exstream;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class OutputTests : IAsyncLifetime
{
    private ExstreamTestContext _ctx = null!;

    public async Task InitializeAsync() => _ctx = await ExstreamTestContext.StartAsync();

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private async Task<CommunicationJob> CompletedJobAsync(CommunicationRequest request)
    {
        var job = (await _ctx.Client.Jobs.SubmitAsync(request)).Value;
        return (await _ctx.RunAsync(_ctx.Client.Jobs.WaitForCompletionAsync(job.JobId))).Value;
    }

    [Fact]
    public async Task A_completed_job_lists_its_pdf_with_metadata_and_streams_the_same_bytes()
    {
        var job = await CompletedJobAsync(ExstreamTestContext.Email(name: "Ada Lovelace"));

        var output = Assert.Single(await _ctx.Client.Outputs.ListAsync(job.JobId).ToListAsync());
        await using var download = await _ctx.Client.Outputs.DownloadAsync(job.JobId, output.OutputId);
        using var buffer = new MemoryStream();
        await download.Content.CopyToAsync(buffer);

        Assert.Equal("application/pdf", output.MimeType);
        Assert.Equal(job.JobId, output.JobId);
        Assert.Equal("EMAIL", output.EngineOutputContext?.QueueName);
        Assert.Equal("cust-1", output.EngineOutputContext?.CustomerNumber);
        Assert.Equal(output.Size, buffer.Length);
        Assert.Equal(output.FileName, download.FileName);
        Assert.Equal("application/pdf", download.ContentType);
        var pdf = Encoding.ASCII.GetString(buffer.ToArray());
        Assert.StartsWith("%PDF-1.4", pdf, StringComparison.Ordinal);
        Assert.Contains("Dear Ada Lovelace,", pdf, StringComparison.Ordinal);
        Assert.Equal(_ctx.Exstream.Jobs.Single().Outputs.Single().Content, buffer.ToArray());
    }

    [Fact]
    public async Task An_sms_job_produces_a_text_output()
    {
        var job = await CompletedJobAsync(new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.RegulatoryNotice,
            Channel = CommunicationChannel.Sms,
            Recipient = new Recipient { Name = "Grace Hopper", Phone = "+15550100" },
        });

        var output = Assert.Single(await _ctx.Client.Outputs.ListAsync(job.JobId).ToListAsync());
        await using var download = await _ctx.Client.Outputs.DownloadAsync(job.JobId, output.OutputId);
        using var reader = new StreamReader(download.Content);

        Assert.Equal("text/plain", download.ContentType);
        Assert.StartsWith("Dear Grace Hopper,", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloading_an_unknown_output_is_a_typed_not_found()
    {
        var job = await CompletedJobAsync(ExstreamTestContext.Email());

        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => _ctx.Client.Outputs.DownloadAsync(job.JobId, "out-99"));
    }

    [Fact]
    public async Task A_dropped_connection_on_download_is_retried()
    {
        var job = await CompletedJobAsync(ExstreamTestContext.Email());
        _ctx.Exstream.Faults.Add(Connectors.Emulators.Hosting.Fault.Drop(), pathContains: "/content");

        await using var download = await _ctx.Client.Outputs.DownloadAsync(job.JobId, "out-1");
        using var buffer = new MemoryStream();
        await download.Content.CopyToAsync(buffer);

        Assert.Equal(1, _ctx.Exstream.Faults.InjectedCount);
        Assert.True(buffer.Length > 100);
    }
}
