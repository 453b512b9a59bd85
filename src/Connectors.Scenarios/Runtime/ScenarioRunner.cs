using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Telemetry;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Scenarios.Runtime;

/// <summary>
/// The hosted runner: reads stored events in order, runs them with bounded concurrency and per-subject
/// ordering, dead-letters what fails for good, runs the pollers and purges old journal entries.
/// </summary>
internal sealed class ScenarioRunner : IHostedService, IScenarioRunner, IAsyncDisposable
{
    private static readonly TimeSpan MaxInfrastructureDelay = TimeSpan.FromSeconds(30);

    private readonly IScenarioStore _store;
    private readonly ScenarioCatalog _catalog;
    private readonly ScenarioOptions _options;
    private readonly TimeProvider _time;
    private readonly IServiceScopeFactory _scopes;
    private readonly WorkSignal _signal;
    private readonly ILogger _logger;
    private readonly StepExecutor _steps;
    private readonly RunObservers _observers;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _pollGates = new(StringComparer.Ordinal);
    private readonly Lock _idleGate = new();
    private readonly List<TaskCompletionSource> _idleWaiters = [];
    private readonly List<Task> _tasks = [];
    private CancellationTokenSource? _stopping;
    private SemaphoreSlim? _slots;
    private bool _drained;
    private long _drainedAtVersion = -1;
    private int _inFlight;
    private int _stopRequested;

    public ScenarioRunner(IScenarioStore store, ScenarioCatalog catalog, ScenarioOptions options, TimeProvider time, IServiceScopeFactory scopes, WorkSignal signal, ILogger logger, IScenarioRunObserver[] observers)
    {
        _store = store;
        _catalog = catalog;
        _options = options;
        _time = time;
        _scopes = scopes;
        _signal = signal;
        _logger = logger;
        _observers = new RunObservers(observers, time, logger);
        _steps = new StepExecutor(store, options, time, logger, _observers);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_stopping is not null)
        {
            throw new InvalidOperationException("The scenario runner is already started.");
        }

        _stopping = new CancellationTokenSource();
        _slots = new SemaphoreSlim(_options.MaxBufferedEvents, _options.MaxBufferedEvents);
        var token = _stopping.Token;
        var dispatcher = new KeyedDispatcher();
        _tasks.Add(Task.Run(() => FetchLoopAsync(dispatcher, token), CancellationToken.None));
        for (var i = 0; i < _options.MaxConcurrency; i++)
        {
            _tasks.Add(Task.Run(() => dispatcher.RunWorkerAsync(queued => ProcessAsync(queued, token), token), CancellationToken.None));
        }

        if (_options.RunPollers)
        {
            foreach (var poller in _catalog.Pollers)
            {
                _tasks.Add(Task.Run(() => PollLoopAsync(poller, token), CancellationToken.None));
            }
        }

        _tasks.Add(Task.Run(() => PurgeLoopAsync(token), CancellationToken.None));
        Log.RunnerStarted(_logger, _catalog.Scenarios.Count, _options.RunPollers ? _catalog.Pollers.Count : 0, _options.MaxConcurrency);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null || Interlocked.Exchange(ref _stopRequested, 1) == 1)
        {
            await Task.WhenAll(_tasks).WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_tasks).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // The container may dispose this instance once per service it is registered as.
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping?.Dispose();
    }

    public Task WaitForIdleAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource waiter;
        lock (_idleGate)
        {
            if (IsIdle)
            {
                return Task.CompletedTask;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiters.Add(waiter);
        }

        return waiter.Task.WaitAsync(cancellationToken);
    }

    public async Task<int> PollAsync(string pollerName, CancellationToken cancellationToken = default)
    {
        if (!_catalog.TryGetPoller(pollerName, out var poller))
        {
            throw new ArgumentException($"No poll trigger is named '{pollerName}'.", nameof(pollerName));
        }

        return await PollOnceAsync(poller, cancellationToken).ConfigureAwait(false);
    }

    private bool IsIdle => _drained && _drainedAtVersion == _signal.Version && Volatile.Read(ref _inFlight) == 0;

    private void CheckIdle()
    {
        lock (_idleGate)
        {
            if (_idleWaiters.Count == 0 || !IsIdle)
            {
                return;
            }

            foreach (var waiter in _idleWaiters)
            {
                waiter.TrySetResult();
            }

            _idleWaiters.Clear();
        }
    }

    private async Task FetchLoopAsync(KeyedDispatcher dispatcher, CancellationToken token)
    {
        var slots = _slots!;
        long cursor = 0;
        var delay = TimeSpan.FromMilliseconds(100);
        try
        {
            while (!token.IsCancellationRequested)
            {
                var version = _signal.Version;
                await slots.WaitAsync(token).ConfigureAwait(false);
                var wanted = 1;
                while (wanted < _options.FetchBatchSize && slots.Wait(0))
                {
                    wanted++;
                }

                IReadOnlyList<QueuedEvent> batch;
                try
                {
                    batch = await _store.FetchAsync(cursor, wanted, token).ConfigureAwait(false);
                    delay = TimeSpan.FromMilliseconds(100);
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    slots.Release(wanted);
                    Log.FetchFailed(_logger, ex, delay);
                    await Task.Delay(delay, _time, token).ConfigureAwait(false);
                    delay = Min(delay * 2, MaxInfrastructureDelay);
                    continue;
                }

                if (wanted > batch.Count)
                {
                    slots.Release(wanted - batch.Count);
                }

                foreach (var queued in batch)
                {
                    cursor = queued.Sequence;
                    Interlocked.Increment(ref _inFlight);
                    dispatcher.Post(queued);
                }

                if (batch.Count < wanted)
                {
                    lock (_idleGate)
                    {
                        _drained = true;
                        _drainedAtVersion = version;
                    }

                    CheckIdle();
                    await _signal.WaitAsync(token).ConfigureAwait(false);
                    lock (_idleGate)
                    {
                        _drained = false;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task ProcessAsync(QueuedEvent queued, CancellationToken token)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        try
        {
            while (true)
            {
                try
                {
                    await ProcessOnceAsync(queued, token).ConfigureAwait(false);
                    return;
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    // Only the store can fail here (step failures become dead letters): try the event again later.
                    Log.StoreFailed(_logger, ex, queued.Scenario, queued.Envelope.Id, delay);
                    await Task.Delay(delay, _time, token).ConfigureAwait(false);
                    delay = Min(delay * 2, MaxInfrastructureDelay);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: the event stays queued and runs after the next start.
        }
        finally
        {
            _slots!.Release();
            if (Interlocked.Decrement(ref _inFlight) == 0)
            {
                CheckIdle();
            }
        }
    }

    private async Task ProcessOnceAsync(QueuedEvent queued, CancellationToken token)
    {
        var started = _time.GetTimestamp();
        var known = _catalog.TryGet(queued.Scenario, out var scenario);
        using var activity = known ? ScenarioTelemetry.StartEvent(queued) : null;
        var observed = _observers.Start(queued, activity);
        try
        {
            var result = known
                ? await RunAsync(queued, scenario, activity, observed, started, token).ConfigureAwait(false)
                : await DeadLetterUnknownAsync(queued, started).ConfigureAwait(false);
            _observers.Finish(observed, result);
        }
        catch (Exception ex)
        {
            _observers.Finish(observed, new ScenarioRunResult(ScenarioRunOutcome.Interrupted, _time.GetElapsedTime(started), null, null, ex));
            throw;
        }
    }

    private async Task<ScenarioRunResult> DeadLetterUnknownAsync(QueuedEvent queued, long started)
    {
        var error = new ScenarioException($"No scenario named '{queued.Scenario}' is registered in this host.");
        var deadLetter = await DeadLetterAsync(queued, "scenario", 1, error).ConfigureAwait(false);
        return new ScenarioRunResult(ScenarioRunOutcome.DeadLettered, _time.GetElapsedTime(started), null, deadLetter, error);
    }

    private async Task<ScenarioRunResult> RunAsync(QueuedEvent queued, Building.ScenarioPipeline scenario, Activity? activity, ScenarioRun? observed, long started, CancellationToken token)
    {
        using var correlation = Connectors.Core.Telemetry.CorrelationContext.Begin(queued.Envelope.EffectiveCorrelationId);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var run = new RunContext(queued.Scenario, queued.Envelope, scope.ServiceProvider, _steps, token) { Observed = observed };
            bool passed;
            try
            {
                passed = await scenario.RunAsync(run).ConfigureAwait(false);
            }
            catch (ScenarioStepException failure)
            {
                activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
                var error = failure.InnerException ?? failure;
                var deadLetter = await DeadLetterAsync(queued, failure.Step, failure.Attempts, error).ConfigureAwait(false);
                return new ScenarioRunResult(ScenarioRunOutcome.DeadLettered, _time.GetElapsedTime(started), null, deadLetter, error);
            }

            await _store.CompleteAsync(queued.Sequence, CancellationToken.None).ConfigureAwait(false);
            var tag = ScenarioTelemetry.ScenarioTag(queued.Scenario);
            ScenarioTelemetry.EventsCompleted.Add(1, tag);
            ScenarioTelemetry.EventDuration.Record(_time.GetElapsedTime(started).TotalSeconds, tag);
            ScenarioTelemetry.EventLag.Record((_time.GetUtcNow() - queued.EnqueuedAt).TotalSeconds, tag);
            if (passed)
            {
                Log.EventCompleted(_logger, queued.Scenario, queued.Envelope.Id, queued.Envelope.Type);
                return new ScenarioRunResult(ScenarioRunOutcome.Completed, _time.GetElapsedTime(started), null, null, null);
            }

            Log.EventFiltered(_logger, queued.Scenario, queued.Envelope.Id, run.StoppedBy ?? "a filter");
            return new ScenarioRunResult(ScenarioRunOutcome.Filtered, _time.GetElapsedTime(started), run.StoppedBy, null, null);
        }
    }

    private async Task<DeadLetter> DeadLetterAsync(QueuedEvent queued, string step, int attempts, Exception error)
    {
        var now = _time.GetUtcNow();
        var deadLetter = new DeadLetter
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            Scenario = queued.Scenario,
            Step = step,
            Envelope = queued.Envelope,
            ErrorType = error.GetType().FullName ?? error.GetType().Name,
            ErrorMessage = error.Message,
            Attempts = attempts,
            IsTransient = _steps.IsTransient(error),
            FailedAt = now,
        };

        await _store.DeadLetterAsync(queued.Sequence, deadLetter, CancellationToken.None).ConfigureAwait(false);
        ScenarioTelemetry.EventsDeadLettered.Add(1, ScenarioTelemetry.ScenarioTag(queued.Scenario));
        Log.EventDeadLettered(_logger, queued.Scenario, queued.Envelope.Id, queued.Envelope.Type, deadLetter.Id, step, attempts, deadLetter.ErrorType, deadLetter.ErrorMessage);
        return deadLetter;
    }

    private async Task PollLoopAsync(IPollSource poller, CancellationToken token)
    {
        try
        {
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await PollOnceAsync(poller, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    Log.PollFailed(_logger, ex, poller.Name, poller.Interval);
                }

                await Task.Delay(poller.Interval, _time, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<int> PollOnceAsync(IPollSource poller, CancellationToken cancellationToken)
    {
        var gate = _pollGates.GetOrAdd(poller.Name, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await _store.GetCheckpointAsync(poller.Name, cancellationToken).ConfigureAwait(false);
            DateTimeOffset? since = stored is null ? null : DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var latest = since;
            var batch = new List<StoredEvent>();
            var accepted = 0;
            await using var scope = _scopes.CreateAsyncScope();
            await foreach (var polled in poller.PollAsync(scope.ServiceProvider, since, cancellationToken).ConfigureAwait(false))
            {
                _catalog.RouteFromPoller(poller, polled.Envelope, batch);
                if (latest is null || polled.ModifiedAt > latest)
                {
                    latest = polled.ModifiedAt;
                }

                if (batch.Count >= _options.FetchBatchSize)
                {
                    accepted += await EnqueuePolledAsync(batch, checkpoint: null, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            // The checkpoint moves only together with (after) the events it covers.
            var checkpoint = latest is { } value && value != since
                ? new PollCheckpoint(poller.Name, value.ToString("O", CultureInfo.InvariantCulture))
                : null;
            if (batch.Count > 0 || checkpoint is not null)
            {
                accepted += await EnqueuePolledAsync(batch, checkpoint, cancellationToken).ConfigureAwait(false);
            }

            Log.Polled(_logger, poller.Name, accepted, checkpoint?.Value ?? stored);
            return accepted;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> EnqueuePolledAsync(List<StoredEvent> batch, PollCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        var accepted = await _store.EnqueueAsync(batch, checkpoint, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        ScenarioInbox.Record(accepted, batch.Count - accepted);
        if (accepted > 0)
        {
            _signal.Notify();
        }

        return accepted;
    }

    private async Task PurgeLoopAsync(CancellationToken token)
    {
        try
        {
            while (!token.IsCancellationRequested)
            {
                await Task.Delay(_options.PurgeInterval, _time, token).ConfigureAwait(false);
                try
                {
                    await _store.PurgeAsync(_time.GetUtcNow() - _options.Retention, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    Log.PurgeFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
