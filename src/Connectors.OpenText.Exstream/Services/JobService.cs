using System.Diagnostics;
using Connectors.Core;
using Connectors.Core.Telemetry;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>Reads communication jobs and waits for them to finish.</summary>
public class JobService
{
    private readonly ApiConnection _api;
    private readonly string _domain;
    private readonly TimeProvider _time;

    internal JobService(ApiConnection api, string domain, TimeProvider time)
    {
        _api = api;
        _domain = domain;
        _time = time;
    }

    /// <summary>For mocking.</summary>
    protected JobService()
    {
        _api = null!;
        _domain = null!;
        _time = TimeProvider.System;
    }

    /// <summary>Gets a job's current state.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CommunicationJob>> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var response = await _api.SendAsync(ApiRequest.Get(ExstreamRoutes.Job(_domain, jobId)), ExstreamJsonContext.Default.ExstreamEnvelopeCommunicationJob, cancellationToken).ConfigureAwait(false);
        return Envelopes.Unwrap(response, _api.System);
    }

    /// <summary>Lists jobs, newest last, optionally only those of one correlation id or state.</summary>
    /// <param name="correlationId">Only jobs submitted with this correlation id.</param>
    /// <param name="state">Only jobs in this state.</param>
    public virtual AsyncPageable<CommunicationJob> ListAsync(string? correlationId = null, JobState? state = null)
        => ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(ExstreamRoutes.Jobs(_domain)).WithQuery("correlationId", correlationId).WithQuery("state", state?.Value),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeCommunicationJob);

    /// <summary>
    /// Polls the job with exponential backoff until it is completed, failed or cancelled, and returns it
    /// (a failed job is returned, not thrown: check <see cref="CommunicationJob.State"/> and <see cref="CommunicationJob.Error"/>).
    /// Transient errors while polling are ridden out until the timeout.
    /// </summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="options">Timeout and backoff; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="ExstreamJobTimeoutException">The job was still running when the timeout passed; it carries the job id.</exception>
    public virtual async Task<Response<CommunicationJob>> WaitForCompletionAsync(string jobId, JobWaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var wait = options ?? new JobWaitOptions();
        using var activity = ConnectorDiagnostics.For(ExstreamClient.SystemName).ActivitySource.StartActivity("Exstream.WaitForCompletion");
        activity?.SetTag("exstream.job_id", jobId);
        var started = _time.GetTimestamp();
        var polls = 0;
        var delay = wait.InitialDelay;
        CommunicationJob? lastKnown = null;
        while (true)
        {
            try
            {
                polls++;
                var response = await GetAsync(jobId, cancellationToken).ConfigureAwait(false);
                lastKnown = response.Value;
                if (lastKnown.State.IsTerminal)
                {
                    activity?.SetTag("exstream.job_state", lastKnown.State.Value);
                    activity?.SetTag("exstream.polls", polls);
                    return response;
                }
            }
            catch (ConnectorException ex) when (ex.IsTransient && _time.GetElapsedTime(started) < wait.Timeout)
            {
                // The job is still there; the service hiccuped. Keep polling until the timeout.
            }

            var remaining = wait.Timeout - _time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                activity?.SetStatus(ActivityStatusCode.Error, "timeout");
                activity?.SetTag("exstream.polls", polls);
                throw new ExstreamJobTimeoutException(_api.System, jobId, lastKnown, wait.Timeout);
            }

            await Task.Delay(delay < remaining ? delay : remaining, _time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min((long)(delay.Ticks * wait.BackoffFactor), wait.MaxDelay.Ticks));
        }
    }
}
