using System.Diagnostics;
using Connectors.Core;
using Connectors.Scenarios.Errors;
using Connectors.Shared;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Connectors.Scenarios.Runtime;

/// <summary>Runs steps: spans, retries with backoff (Polly), the step journal, and failure wrapping.</summary>
internal sealed class StepExecutor
{
    private readonly IScenarioStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RunObservers _observers;
    private readonly ResiliencePipeline _retry;
    private readonly StripedLocks _locks = new(1024);
    private readonly TimeSpan _stepTimeout;
    private readonly CancellationSources _sources = new();

    public StepExecutor(IScenarioStore store, ScenarioOptions options, TimeProvider time, ILogger logger, RunObservers observers)
    {
        _store = store;
        _time = time;
        _logger = logger;
        _observers = observers;
        _stepTimeout = options.StepTimeout;
        var isTransient = options.IsTransient ?? TransientFailures.IsTransient;
        IsTransient = isTransient;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.Retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.Retry.MaxRetries,
                Delay = options.Retry.BaseDelay,
                MaxDelay = options.Retry.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.Retry.UseJitter,

                // Honour the server's Retry-After (carried by Core's errors), never waiting longer than MaxDelay.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Exception is ConnectorException { RetryAfter: { } after }
                        ? (after < options.Retry.MaxDelay ? after : options.Retry.MaxDelay)
                        : null),
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } exception
                    && !(exception is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)
                    && isTransient(exception)),
            });
        }

        _retry = builder.Build();
    }

    public Func<Exception, bool> IsTransient { get; }

    /// <summary>Runs a step that is not journaled (an enrichment read), with retries.</summary>
    public async ValueTask<TResult> ExecuteAsync<TIn, TResult>(RunContext run, string step, string? key, TIn input, Func<TIn, StepContext, CancellationToken, ValueTask<TResult>> action)
    {
        using var activity = ScenarioTelemetry.StartStep(run.Scenario, step, run.Envelope.EffectiveCorrelationId);
        var context = new StepContext(run, step, key);
        var started = _time.GetTimestamp();
        _observers.StepStarted(run.Observed, step);
        try
        {
            var result = await _retry.ExecuteAsync(
                static (state, cancellationToken) =>
                {
                    var (self, context, input, action) = state;
                    if (++context.Attempt > 1)
                    {
                        ScenarioTelemetry.StepsRetried.Add(1, ScenarioTelemetry.ScenarioTag(context.Scenario));
                        Log.StepRetried(self._logger, context.Scenario, context.Step, context.Attempt, context.Envelope.Id);
                    }

                    return self.AttemptAsync(input, context, action, cancellationToken);
                },
                (this, context, input, action),
                run.CancellationToken).ConfigureAwait(false);
            _observers.StepFinished(run.Observed, new ScenarioStepResult(step, ScenarioStepOutcome.Completed, context.Attempt, _time.GetElapsedTime(started), null));
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !run.CancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            var attempts = Math.Max(context.Attempt, 1);
            _observers.StepFinished(run.Observed, new ScenarioStepResult(step, ScenarioStepOutcome.Failed, attempts, _time.GetElapsedTime(started), ex));
            throw new ScenarioStepException(run.Scenario, step, attempts, ex);
        }
    }

    /// <summary>
    /// One attempt under <see cref="ScenarioOptions.StepTimeout"/>: past the deadline the step's token is cancelled
    /// and the step is abandoned even if it does not listen, so a hung call never holds the subject.
    /// </summary>
    private async ValueTask<TResult> AttemptAsync<TIn, TResult>(TIn input, StepContext context, Func<TIn, StepContext, CancellationToken, ValueTask<TResult>> action, CancellationToken cancellationToken)
    {
        if (_stepTimeout == Timeout.InfiniteTimeSpan)
        {
            return await action(input, context, cancellationToken).ConfigureAwait(false);
        }

        // A reused source linked by hand to the caller's token, and no timer when the step completes at once:
        // the deadline then costs no allocation per event.
        var attempt = _sources.Rent();
        var link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), attempt);
        var abandoned = false;
        try
        {
            var pending = action(input, context, attempt.Token);
            if (pending.IsCompleted)
            {
                return await pending.ConfigureAwait(false);
            }

            var running = pending.AsTask();
            try
            {
                return await running.WaitAsync(_stepTimeout, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException) when (!running.IsCompleted)
            {
                throw new TimeoutException(
                    $"Step '{context.Step}' of scenario '{context.Scenario}' did not finish within {_stepTimeout} (ScenarioOptions.StepTimeout); the attempt was cancelled.");
            }
            finally
            {
                if (!running.IsCompleted)
                {
                    // Past the deadline, or the host is stopping (the wait may end before the link has fired):
                    // cancel the step's token here, then leave the step to finish on its own.
                    abandoned = true;
                    await attempt.CancelAsync().ConfigureAwait(false);
                    _ = running.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                }
            }
        }
        finally
        {
            link.Dispose();

            // The abandoned step may still hold the token: leave that source to the garbage collector.
            if (!abandoned)
            {
                _sources.Return(attempt);
            }
        }
    }

    /// <summary>
    /// Runs a journaled step at most once per key: skipped (with its journaled output) when already completed,
    /// otherwise run with retries and journaled.
    /// </summary>
    public async ValueTask<TResult> ExecuteOnceAsync<TIn, TResult>(
        RunContext run,
        string step,
        string key,
        TIn input,
        Func<TIn, StepContext, CancellationToken, ValueTask<TResult>> action,
        Func<TResult, string?> toJournal,
        Func<TIn, StepCompletion, TResult> fromJournal)
    {
        var gate = _locks.For(run.Scenario, step, key);
        await gate.WaitAsync(run.CancellationToken).ConfigureAwait(false);
        try
        {
            // Another process may run the same effect key (a webhook and its poll twin on two hosts): lock across
            // processes too (the store reads the journal under that lock), then check that this host still holds the
            // event before acting for it.
            var effect = await _store.LockEffectAsync(run.Scenario, step, key, run.CancellationToken).ConfigureAwait(false);
            await using (effect.ConfigureAwait(false))
            {
                if (run.Lease is { IsHeld: false } lease)
                {
                    throw new LeaseLostException(lease.Sequence);
                }

                if (effect.Completed is { } completed)
                {
                    _observers.StepStarted(run.Observed, step);
                    _observers.StepFinished(run.Observed, new ScenarioStepResult(step, ScenarioStepOutcome.Skipped, 0, TimeSpan.Zero, null));
                    ScenarioTelemetry.StepsSkipped.Add(1, ScenarioTelemetry.ScenarioTag(run.Scenario));
                    Log.StepSkipped(_logger, run.Scenario, step, run.Envelope.Id);
                    return fromJournal(input, completed);
                }

                var result = await ExecuteAsync(run, step, key, input, action).ConfigureAwait(false);
                var completion = new StepCompletion(run.Scenario, step, key, toJournal(result), _time.GetUtcNow());

                // The effect has happened: journal it (and release the lock) even if the host is stopping, so it is not repeated.
                await effect.SaveAsync(completion, CancellationToken.None).ConfigureAwait(false);
                return result;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs a wire tap: failures are logged and ignored.</summary>
    public async ValueTask TapAsync<T>(RunContext run, string step, T value, Func<T, StepContext, CancellationToken, ValueTask> tap)
    {
        using var activity = ScenarioTelemetry.StartStep(run.Scenario, step, run.Envelope.EffectiveCorrelationId);
        var started = _time.GetTimestamp();
        _observers.StepStarted(run.Observed, step);
        try
        {
            await tap(value, new StepContext(run, step, key: null) { Attempt = 1 }, run.CancellationToken).ConfigureAwait(false);
            _observers.StepFinished(run.Observed, new ScenarioStepResult(step, ScenarioStepOutcome.Completed, 1, _time.GetElapsedTime(started), null));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !run.CancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            _observers.StepFinished(run.Observed, new ScenarioStepResult(step, ScenarioStepOutcome.Failed, 1, _time.GetElapsedTime(started), ex));
            Log.TapFailed(_logger, ex, run.Scenario, step, run.Envelope.Id);
        }
    }
}
