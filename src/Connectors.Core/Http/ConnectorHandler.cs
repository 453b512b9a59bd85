using Connectors.Core.Resilience;
using Connectors.Core.Telemetry;
using Connectors.Shared;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Connectors.Core;

/// <summary>
/// The one handler <c>AddConnectorClient</c> puts in front of a client's auth handler. Per logical call: telemetry
/// (as <see cref="TelemetryHandler"/>: span, request id and correlation headers, metrics, log line), then the total
/// timeout and the client's Polly v8 pipeline (retry → circuit breaker, <see cref="ConnectorResiliencePipeline"/>);
/// per attempt: the attempt deadline over the headers and the whole body (<see cref="AttemptBody"/>), and pacing (as
/// <see cref="PacingHandler"/>: wait for quota, feed the gate each response's quota headers). One async layer per call
/// and one per attempt instead of a handler (and a state machine) for each of these, in the same order as before:
/// telemetry → total timeout → retry → circuit breaker → attempt deadline → pacing → auth → network.
/// </summary>
internal sealed class ConnectorHandler : DelegatingHandler
{
    // Deadline sources are reused (with their timers) once reset, as Polly does with its own: one for the whole call
    // (the total timeout, on the system clock) and one per attempt.
    private static readonly CancellationSources Deadlines = new();

    private readonly ConnectorDiagnostics _diagnostics;
    private readonly ILogger _logger;
    private readonly IRateLimitReader? _rateLimits;
    private readonly ResiliencePipeline<HttpResponseMessage>? _pipeline;
    private readonly TimeSpan _totalTimeout;
    private readonly TimeProvider _time;
    private readonly string _system;
    private readonly TimeSpan _attemptTimeout;
    private readonly RateLimitGate? _gate;

    /// <summary>Creates the handler.</summary>
    /// <param name="diagnostics">The system's instruments.</param>
    /// <param name="logger">The client's logger.</param>
    /// <param name="rateLimits">The vendor's quota header reader, if any.</param>
    /// <param name="pipeline">The client's Polly pipeline; <c>null</c> when resilience is off (no total timeout either).</param>
    /// <param name="totalTimeout">The deadline over every attempt and retry delay.</param>
    /// <param name="time">The services' clock (the total timeout runs on it when it is not the system clock).</param>
    /// <param name="system">The system, for error messages.</param>
    /// <param name="attemptTimeout">The deadline of one attempt (headers and body).</param>
    /// <param name="gate">The quota gate when pacing is on; <c>null</c> otherwise.</param>
    public ConnectorHandler(
        ConnectorDiagnostics diagnostics,
        ILogger logger,
        IRateLimitReader? rateLimits,
        ResiliencePipeline<HttpResponseMessage>? pipeline,
        TimeSpan totalTimeout,
        TimeProvider time,
        string system,
        TimeSpan attemptTimeout,
        RateLimitGate? gate)
    {
        _diagnostics = diagnostics;
        _logger = logger;
        _rateLimits = rateLimits;
        _pipeline = pipeline;
        _totalTimeout = totalTimeout;
        _time = time;
        _system = system;
        _attemptTimeout = attemptTimeout;
        _gate = gate;
    }

    // The total timeout is held here rather than by Polly's timeout strategy (same semantics: one deadline over every
    // attempt and retry delay, a TimeoutRejectedException when it ends the call) with reused CancellationTokenSources
    // on the system clock: Polly's strategy costs a linked source and an async layer per call. On any other
    // TimeProvider (tests, fake clocks) the deadline runs on that provider.
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = TelemetryHandler.Call.Start(_diagnostics, _logger, request);
        var systemClock = ReferenceEquals(_time, TimeProvider.System);
        CancellationTokenSource? deadline = null;
        CancellationTokenRegistration link = default;
        ResilienceContext? context = null;
        try
        {
            Outcome<HttpResponseMessage> outcome;
            if (_pipeline is null)
            {
                outcome = await AttemptAsync(request, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (systemClock)
                {
                    deadline = Deadlines.Rent();
                    deadline.CancelAfter(_totalTimeout);
                }
                else
                {
                    deadline = new CancellationTokenSource(_totalTimeout, _time);
                }

                link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), deadline);
                context = ResilienceContextPool.Shared.Get(deadline.Token);
                context.SetRequestMessage(request); // ConnectorResiliencePipeline.ShouldRetry reads it
                outcome = await _pipeline.ExecuteOutcomeAsync(
                    static (context, state) => state.Handler.AttemptAsync(state.Request, context.CancellationToken),
                    context,
                    (Handler: this, Request: request)).ConfigureAwait(false);
                if (outcome.Exception is OperationCanceledException canceled && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutRejectedException($"The operation didn't complete within the allowed timeout of '{_totalTimeout}'.", _totalTimeout, canceled);
                }
            }

            outcome.ThrowIfException();
            var response = outcome.Result!;
            call.Completed(request, response, _rateLimits);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            call.Failed(request, ex);
            throw;
        }
        finally
        {
            if (context is not null)
            {
                ResilienceContextPool.Shared.Return(context);
            }

            if (deadline is not null)
            {
                await link.DisposeAsync().ConfigureAwait(false);
                if (systemClock)
                {
                    Deadlines.Return(deadline); // reset, its timer too: ready for another call
                }
                else
                {
                    deadline.Dispose();
                }
            }

            call.Dispose();
        }
    }

    // One attempt, as an outcome for the strategies to judge: every byte of it under the attempt deadline (headers and
    // the whole body, read here so a stalled or slow-drip body is an attempt timeout, retried when safe; a streamed
    // body is guarded instead), the pacing gate's wait included.
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var deadline = Deadlines.Rent();
        deadline.CancelAfter(_attemptTimeout);
        var link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), deadline);
        try
        {
            HttpResponseMessage response;
            try
            {
                if (_gate is null)
                {
                    response = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
                }
                else
                {
                    // Pacing (as PacingHandler): wait for quota, send, feed the gate the response's quota; the snapshot
                    // goes to the telemetry only when someone records the quota metric.
                    await _gate.WaitAsync(deadline.Token).ConfigureAwait(false);
                    try
                    {
                        response = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
                        var snapshot = _rateLimits!.Read(response);
                        if (_diagnostics.RateLimitRemaining.Enabled)
                        {
                            request.Options.Set(PacingHandler.Snapshot, snapshot);
                        }

                        if (snapshot is not null)
                        {
                            _gate.Observe(snapshot);
                        }
                    }
                    finally
                    {
                        _gate.Release();
                    }
                }
            }
            catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw Stalled(request, "the response headers", ex);
            }

            var mode = ConnectorRequestMessage.ReadModeOf(request);
            if (mode.Streamed)
            {
                response.Content = new StallGuardContent(response.Content, _attemptTimeout, _system);
                return Outcome.FromResult(response);
            }

            try
            {
                if (AttemptBody.DeclaredLength(response.Content) > mode.BodyLimit)
                {
                    return Outcome.FromResult(response); // refused by its declared length before a byte is read
                }

                var body = await AttemptBody.ReadAsync(response.Content, mode, deadline.Token).ConfigureAwait(false);
                if (mode.Pooled && response.IsSuccessStatusCode && request is ConnectorRequestMessage own)
                {
                    // Only parsed: the bytes go to ApiConnection beside the response, which keeps its own content
                    // (consumed, its headers as received) — no second content object, no copied headers.
                    own.Body = body;
                }
                else
                {
                    // Handed out (Response.Content) or an error body read again for the typed error: a content of its own.
                    response.Content = body.ToContent(response.Content);
                }

                return Outcome.FromResult(response);
            }
            catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                response.Dispose();
                throw Stalled(request, "the response body", ex);
            }
            catch (IOException ex)
            {
                response.Dispose();
                throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The response body of {request.Method} {request.RequestUri?.AbsolutePath} broke off: {ex.Message}", ex);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
#pragma warning disable CA1031 // every failure of an attempt is an outcome the strategies judge
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Outcome.FromException<HttpResponseMessage>(ex);
        }
        finally
        {
            await link.DisposeAsync().ConfigureAwait(false);
            Deadlines.Return(deadline); // reset, its timer too: ready for another attempt
        }
    }

    private TimeoutRejectedException Stalled(HttpRequestMessage request, string what, Exception inner)
        => new($"{_system}: {what} of {request.Method} {request.RequestUri?.AbsolutePath} did not arrive within {_attemptTimeout.TotalSeconds:0.###} s.", _attemptTimeout, inner);
}
