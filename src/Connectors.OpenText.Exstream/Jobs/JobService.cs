using System.Diagnostics;
using Connectors.Core;
using Connectors.Core.Telemetry;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Batch communication jobs: submit, re-issue, read, list and wait for completion. Every route here is <b>assumed</b>:
/// OpenText publishes no REST batch-job API (see <c>AssumedRoutes</c> and docs/api/exstream.md); if yours differs, call
/// it with <c>client.SendAsync(ApiRequest…)</c>. For the published on-demand route use <see cref="CommunicationService"/>.
/// </summary>
public class JobService
{
    private const int AssumedPageSize = 50;

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

    /// <summary>
    /// Submits a batch communication job. The submission carries an idempotency key (yours, or a random one fixed
    /// before the first attempt), so a retry after a lost response returns the same job instead of a second letter.
    /// </summary>
    /// <param name="request">What to send, to whom, on which channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accepted job, usually <see cref="JobState.Queued"/>.</returns>
    /// <remarks>Assumed route (<c>POST orchestration/api/v1/jobs/{domain}</c>, AssumedRoutes, docs/api/exstream.md): OpenText publishes no batch-job API; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual async Task<Response<CommunicationJob>> SubmitAsync(CommunicationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = ApiRequest.Post(AssumedRoutes.Jobs(_domain))
            .WithHeader("Idempotency-Key", request.IdempotencyKey ?? Guid.NewGuid().ToString("N"))
            .WithJson(request, ExstreamJsonContext.Default.CommunicationRequest)
            .WithCorrelationId(request.CorrelationId)
            .MarkIdempotent();

        var response = await _api.SendAsync(call, ExstreamJsonContext.Default.ExstreamEnvelopeCommunicationJob, cancellationToken).ConfigureAwait(false);
        return Envelopes.Unwrap(response, _api.System);
    }

    /// <summary>
    /// Re-issues a communication: submits <paramref name="request"/> as a revision of the job
    /// <paramref name="originalJobId"/>, so the new document and its job reference the original. When the request
    /// carries an idempotency key, the re-issue uses that key suffixed with the original job id, so re-issuing with
    /// the original's request never returns the original job, while a retried re-issue still yields one job.
    /// </summary>
    /// <param name="originalJobId">The job whose communication is being revised.</param>
    /// <param name="request">The revised communication.</param>
    /// <param name="reason">Why it is re-issued (e.g. "outcome changed").</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (<c>POST orchestration/api/v1/jobs/{domain}</c> with <c>revisionOf</c>, AssumedRoutes, docs/api/exstream.md).</remarks>
    public virtual Task<Response<CommunicationJob>> ReissueAsync(string originalJobId, CommunicationRequest request, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(originalJobId);
        ArgumentNullException.ThrowIfNull(request);
        return SubmitAsync(
            new CommunicationRequest
            {
                CommunicationId = request.CommunicationId,
                DriverDataSource = request.DriverDataSource,
                Channel = request.Channel,
                Recipient = request.Recipient,
                Data = request.Data,
                CorrelationId = request.CorrelationId,
                // The original's key would hand back the original job; derive one per revision instead.
                IdempotencyKey = request.IdempotencyKey is null ? null : $"{request.IdempotencyKey}:revision-of:{originalJobId}",
                RevisionOf = originalJobId,
                RevisionReason = reason ?? request.RevisionReason,
            },
            cancellationToken);
    }

    /// <summary>Gets a job's current state.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (<c>GET orchestration/api/v1/jobs/{domain}/{jobId}</c>, AssumedRoutes, docs/api/exstream.md).</remarks>
    public virtual async Task<Response<CommunicationJob>> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var response = await _api.SendAsync(ApiRequest.Get(AssumedRoutes.Job(_domain, jobId)), ExstreamJsonContext.Default.ExstreamEnvelopeCommunicationJob, cancellationToken).ConfigureAwait(false);
        return Envelopes.Unwrap(response, _api.System);
    }

    /// <summary>Lists jobs, newest last, optionally only those of one correlation id or state.</summary>
    /// <param name="correlationId">Only jobs submitted with this correlation id.</param>
    /// <param name="state">Only jobs in this state.</param>
    /// <remarks>Assumed route (<c>GET orchestration/api/v1/jobs/{domain}?correlationId=&amp;state=</c>, AssumedRoutes, docs/api/exstream.md).</remarks>
    public virtual AsyncPageable<CommunicationJob> ListAsync(string? correlationId = null, JobState? state = null)
        => ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(AssumedRoutes.Jobs(_domain)).WithQuery("correlationId", correlationId).WithQuery("state", state?.Value),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeCommunicationJob,
            AssumedPageSize);

    /// <summary>
    /// Polls the job with exponential backoff until it is completed, failed or cancelled, and returns it
    /// (a failed job is returned, not thrown: check <see cref="CommunicationJob.State"/> and <see cref="CommunicationJob.Error"/>).
    /// Transient errors while polling are ridden out until the timeout.
    /// </summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="options">Timeout and backoff; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="ExstreamJobTimeoutException">The job was still running when the timeout passed; it carries the job id.</exception>
    /// <remarks>Polls the assumed job route (see <see cref="GetAsync"/>).</remarks>
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
