using Connectors.Core;
using Connectors.Emulators.Hosting;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class JobTests : IAsyncLifetime
{
    private ExstreamTestContext _ctx = null!;

    public async Task InitializeAsync() => _ctx = await ExstreamTestContext.StartAsync();

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    [Fact]
    public async Task A_job_moves_from_queued_through_processing_to_completed_as_time_passes()
    {
        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;

        _ctx.Time.Advance(TimeSpan.FromSeconds(1.5));
        var processing = (await _ctx.Client.Jobs.GetAsync(job.JobId)).Value;
        _ctx.Time.Advance(TimeSpan.FromSeconds(2));
        var completed = (await _ctx.Client.Jobs.GetAsync(job.JobId)).Value;

        Assert.Equal(JobState.Processing, processing.State);
        Assert.NotNull(processing.StartedAt);
        Assert.Equal(JobState.Completed, completed.State);
        Assert.Equal(1, completed.OutputCount);
        Assert.True(completed.CompletedAt > completed.StartedAt);
    }

    [Fact]
    public async Task Wait_for_completion_polls_with_backoff_until_the_job_is_done()
    {
        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;

        var done = (await _ctx.RunAsync(_ctx.Client.Jobs.WaitForCompletionAsync(job.JobId))).Value;

        Assert.Equal(JobState.Completed, done.State);
        Assert.True(done.State.IsTerminal);
    }

    [Fact]
    public async Task A_failed_job_is_returned_with_the_engine_error()
    {
        _ctx.Exstream.FailNextJobs(1, "ENGINE_DATA_ERROR", "Driver data did not match.");
        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;

        var failed = (await _ctx.RunAsync(_ctx.Client.Jobs.WaitForCompletionAsync(job.JobId))).Value;

        Assert.Equal(JobState.Failed, failed.State);
        Assert.Equal("ENGINE_DATA_ERROR", failed.Error?.Code);
        Assert.Equal("Driver data did not match.", failed.Error?.Message);
        Assert.Empty(await _ctx.Client.Outputs.ListAsync(job.JobId).ToListAsync());
        var evt = Assert.Single(await _ctx.Client.DeliveryEvents.ListAsync(jobId: job.JobId).ToListAsync());
        Assert.Equal(ExstreamEventType.JobFailed, evt.Type);
        Assert.Equal("ENGINE_DATA_ERROR", evt.Reason?.Code);
    }

    [Fact]
    public async Task A_job_that_never_finishes_times_out_with_a_typed_error_that_keeps_the_job_id()
    {
        _ctx.Exstream.StallNextJobs();
        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;
        var options = new JobWaitOptions { Timeout = TimeSpan.FromSeconds(20), InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(4) };

        var error = await Assert.ThrowsAsync<ExstreamJobTimeoutException>(() => _ctx.RunAsync(_ctx.Client.Jobs.WaitForCompletionAsync(job.JobId, options)));

        Assert.Equal(job.JobId, error.JobId);
        Assert.Equal(JobState.Processing, error.LastKnownJob?.State);
        Assert.True(error.IsTransient);
        Assert.IsAssignableFrom<ConnectorTimeoutException>(error);
        // Nothing is lost: the job is still there to wait for again or pick up from events.
        Assert.Equal(JobState.Processing, (await _ctx.Client.Jobs.GetAsync(error.JobId)).Value.State);
    }

    [Fact]
    public async Task Wait_for_completion_rides_out_a_transient_outage()
    {
        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;
        _ctx.Exstream.Faults.Add(Fault.Status(503), count: 8, pathContains: job.JobId, method: "GET");

        var done = (await _ctx.RunAsync(_ctx.Client.Jobs.WaitForCompletionAsync(job.JobId))).Value;

        Assert.Equal(JobState.Completed, done.State);
        Assert.Equal(8, _ctx.Exstream.Faults.InjectedCount);
    }

    [Fact]
    public async Task List_filters_by_correlation_id_and_pages()
    {
        for (var i = 0; i < 3; i++)
        {
            await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email($"p{i}@example.com", "case-1"));
        }

        await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email("other@example.com", "case-2"));

        var pages = await _ctx.Client.Jobs.ListAsync(correlationId: "case-1").AsPages(pageSizeHint: 2).ToListAsync();

        Assert.Equal(2, pages.Count);
        Assert.Equal([2, 1], pages.Select(p => p.Values.Count));
        Assert.Equal(3, pages[0].TotalCount);
        Assert.All(pages.SelectMany(p => p.Values), j => Assert.Equal("case-1", j.CorrelationId));
    }

    [Fact]
    public async Task List_by_state_only_returns_jobs_in_that_state()
    {
        _ctx.Exstream.FailNextJobs();
        var failed = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email())).Value;
        await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email("b@example.com"));
        _ctx.Time.Advance(TimeSpan.FromSeconds(10));

        var jobs = await _ctx.Client.Jobs.ListAsync(state: JobState.Failed).ToListAsync();

        Assert.Equal(failed.JobId, Assert.Single(jobs).JobId);
    }

    [Fact]
    public async Task An_unknown_job_is_a_typed_not_found()
    {
        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => _ctx.Client.Jobs.GetAsync("missing"));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_state_from_the_service_is_kept_not_rejected()
    {
        _ctx.Exstream.Faults.Add(Fault.Status(200, """{"status":"success","data":{"jobId":"j-1","state":"archived","channel":"fax"}}"""), pathContains: "/jobs/");

        var job = (await _ctx.Client.Jobs.GetAsync("j-1")).Value;

        Assert.Equal("archived", job.State.Value);
        Assert.False(job.State.IsTerminal);
        Assert.Equal("fax", job.Channel?.Value);
    }

    [Fact]
    public async Task A_malformed_or_incomplete_job_body_is_a_typed_serialization_error()
    {
        _ctx.Exstream.Faults.Add(Fault.Status(200, "{\"status\":\"success\",\"data\":{\"jobId\":"), pathContains: "/jobs/");
        _ctx.Exstream.Faults.Add(Fault.Status(200, """{"status":"success","data":{"state":"queued"}}"""), pathContains: "/jobs/");

        var malformed = await Assert.ThrowsAsync<ConnectorSerializationException>(() => _ctx.Client.Jobs.GetAsync("j-1"));
        var missingId = await Assert.ThrowsAsync<ConnectorSerializationException>(() => _ctx.Client.Jobs.GetAsync("j-1"));

        Assert.Equal(200, malformed.Status);
        Assert.Contains("jobId", missingId.Message, StringComparison.Ordinal);
    }
}
