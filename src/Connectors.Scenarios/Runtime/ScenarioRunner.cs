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
/// The hosted runner: claims stored events in order, runs them with bounded concurrency and per-subject
/// ordering, dead-letters what fails for good, runs the pollers and purges old journal entries. It keeps no
/// cursor: what is claimed, by whom and until when lives in the store, so several hosts can share one store.
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
    private readonly ConcurrentDictionary<long, HeldEvent> _held = new();
    private readonly string _hostId;
    private KeyedDispatcher? _dispatcher;
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
        _hostId = options.HostId;
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
        var dispatcher = _dispatcher = new KeyedDispatcher();
        _tasks.Add(Task.Run(() => FetchLoopAsync(dispatcher, token), CancellationToken.None));
        _tasks.Add(Task.Run(() => LeaseLoopAsync(token), CancellationToken.None));
        _tasks.Add(Task.Run(() => WatchLoopAsync(token), CancellationToken.None));
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

        // Every worker has stopped: give back what is still claimed, so other hosts take it at once.
        if (!_held.IsEmpty)
        {
            try
            {
                await _store.ReleaseAsync(_hostId, [.. _held.Keys], cancellationToken).ConfigureAwait(false);
                _held.Clear();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.ReleaseFailed(_logger, ex, _hostId);
            }
        }
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
                var claimedAt = Stopwatch.GetTimestamp();
                try
                {
                    batch = await _store.ClaimAsync(_hostId, wanted, _options.Lease, token).ConfigureAwait(false);
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

                var posted = 0;
                var validUntil = HeldEvent.ValidUntil(claimedAt, _options.Lease);
                foreach (var queued in batch)
                {
                    // A shared store may hand back an event this host already holds (its lease ran out): it is running here already.
                    if (_held.TryAdd(queued.Sequence, new HeldEvent(queued.Sequence, validUntil)))
                    {
                        posted++;
                        Interlocked.Increment(ref _inFlight);
                        dispatcher.Post(queued);
                    }
                }

                if (wanted > posted)
                {
                    slots.Release(wanted - posted);
                }

                if (batch.Count < wanted)
                {
                    lock (_idleGate)
                    {
                        _drained = true;
                        _drainedAtVersion = version;
                    }

                    CheckIdle();
                    await WaitForWorkAsync(token).ConfigureAwait(false);
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

    /// <summary>Waits for a local wake-up (or one from <see cref="WatchLoopAsync"/>), or for the claim poll interval on the real clock.</summary>
    private async Task WaitForWorkAsync(CancellationToken token)
    {
        // Nobody woke this host within the interval: it asks the store anyway (another host's wake-up may have been lost).
        await _signal.WaitAsync(_options.ClaimPollInterval, token).ConfigureAwait(false);
    }

    /// <summary>Turns the store's wake-ups (other hosts stored work) into local ones.</summary>
    private async Task WatchLoopAsync(CancellationToken token)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        while (!token.IsCancellationRequested)
        {
            try
            {
                await foreach (var _ in _store.WatchAsync(token).ConfigureAwait(false))
                {
                    _signal.Notify();
                    delay = TimeSpan.FromMilliseconds(100);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.WatchFailed(_logger, ex, delay);
                try
                {
                    await Task.Delay(delay, TimeProvider.System, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = Min(delay * 2, MaxInfrastructureDelay);
            }
        }
    }

    /// <summary>Renews the claims on every event held (running or waiting behind its subject) every third of the lease.</summary>
    private async Task LeaseLoopAsync(CancellationToken token)
    {
        var period = _options.Lease / 3;
        try
        {
            while (!token.IsCancellationRequested)
            {
                await Task.Delay(period, TimeProvider.System, token).ConfigureAwait(false);
                if (_held.IsEmpty)
                {
                    continue;
                }

                var held = _held.Values.ToList();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var lost = await _store.RenewAsync(_hostId, [.. held.Select(h => h.Sequence)], _options.Lease, token).ConfigureAwait(false);
                    var lostSet = lost.Count == 0 ? null : new HashSet<long>(lost);
                    var validUntil = HeldEvent.ValidUntil(started, _options.Lease);
                    foreach (var h in held)
                    {
                        if (lostSet?.Contains(h.Sequence) == true)
                        {
                            h.Lose();
                        }
                        else
                        {
                            h.Renewed(validUntil);
                        }
                    }
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    Log.RenewFailed(_logger, ex, _hostId);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<QueuedEvent?> ProcessAsync(QueuedEvent queued, CancellationToken token)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        QueuedEvent? next = null;
        try
        {
            while (true)
            {
                try
                {
                    next = await ProcessOnceAsync(queued, token).ConfigureAwait(false);
                    return next;
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return null;
                }
                catch (LeaseLostException)
                {
                    await GiveBackAsync(queued).ConfigureAwait(false);
                    return null;
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
            // Stopping: the event stays queued and runs after the next start (or on another host).
            return null;
        }
        finally
        {
            if (next is not null)
            {
                // The store handed the subject's next event to this host: it takes this event's place (slot and count).
                _held.TryRemove(queued.Sequence, out _);
                _held[next.Sequence] = new HeldEvent(next.Sequence, HeldEvent.ValidUntil(Stopwatch.GetTimestamp(), _options.Lease));
            }
            else
            {
                if (!token.IsCancellationRequested)
                {
                    _held.TryRemove(queued.Sequence, out _);
                }

                Done(1);
            }
        }
    }

    private void Done(int count)
    {
        _slots!.Release(count);
        if (Interlocked.Add(ref _inFlight, -count) == 0)
        {
            CheckIdle();
        }
    }

    /// <summary>
    /// This host lost (or can no longer trust) its claim on <paramref name="queued"/>: give it back with the events
    /// waiting behind its subject here, so they run again in order, here or elsewhere.
    /// </summary>
    private async Task GiveBackAsync(QueuedEvent queued)
    {
        Log.ClaimLost(_logger, _hostId, queued.Scenario, queued.Envelope.Id);
        var waiting = _dispatcher!.TakeWaiting(queued);
        var sequences = new List<long>(waiting.Count + 1) { queued.Sequence };
        sequences.AddRange(waiting.Select(w => w.Sequence));
        try
        {
            await _store.ReleaseAsync(_hostId, sequences, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.ReleaseFailed(_logger, ex, _hostId);
        }

        foreach (var w in waiting)
        {
            _held.TryRemove(w.Sequence, out _);
        }

        if (waiting.Count > 0)
        {
            Done(waiting.Count);
        }

        _signal.Notify();
    }

    /// <summary>Runs one event and settles it; returns the subject's next event when the store handed it to this host.</summary>
    private async Task<QueuedEvent?> ProcessOnceAsync(QueuedEvent queued, CancellationToken token)
    {
        var started = _time.GetTimestamp();
        var known = _catalog.TryGet(queued.Scenario, out var scenario);
        using var activity = known ? ScenarioTelemetry.StartEvent(queued) : null;
        var observed = _observers.Start(queued, activity);
        try
        {
            var (result, next) = known
                ? await RunAsync(queued, scenario, activity, observed, started, token).ConfigureAwait(false)
                : await DeadLetterUnknownAsync(queued, started).ConfigureAwait(false);
            _observers.Finish(observed, result);
            return next;
        }
        catch (Exception ex)
        {
            _observers.Finish(observed, new ScenarioRunResult(ScenarioRunOutcome.Interrupted, _time.GetElapsedTime(started), null, null, ex));
            throw;
        }
    }

    private async Task<(ScenarioRunResult Result, QueuedEvent? Next)> DeadLetterUnknownAsync(QueuedEvent queued, long started)
    {
        var error = new ScenarioException($"No scenario named '{queued.Scenario}' is registered in this host.");
        var (deadLetter, next) = await DeadLetterAsync(queued, "scenario", 1, error).ConfigureAwait(false);
        return (new ScenarioRunResult(ScenarioRunOutcome.DeadLettered, _time.GetElapsedTime(started), null, deadLetter, error), next);
    }

    private async Task<(ScenarioRunResult Result, QueuedEvent? Next)> RunAsync(QueuedEvent queued, Building.ScenarioPipeline scenario, Activity? activity, ScenarioRun? observed, long started, CancellationToken token)
    {
        using var correlation = Connectors.Core.Telemetry.CorrelationContext.Begin(queued.Envelope.EffectiveCorrelationId);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var run = new RunContext(queued.Scenario, queued.Envelope, scope.ServiceProvider, _steps, token) { Observed = observed, Lease = _held.GetValueOrDefault(queued.Sequence) };
            bool passed;
            try
            {
                passed = await scenario.RunAsync(run).ConfigureAwait(false);
            }
            catch (ScenarioStepException failure)
            {
                activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
                var error = failure.InnerException ?? failure;
                var (deadLetter, afterDeadLetter) = await DeadLetterAsync(queued, failure.Step, failure.Attempts, error).ConfigureAwait(false);
                return (new ScenarioRunResult(ScenarioRunOutcome.DeadLettered, _time.GetElapsedTime(started), null, deadLetter, error), afterDeadLetter);
            }

            var settled = await _store.CompleteAsync(queued.Sequence, _hostId, _options.Lease, CancellationToken.None).ConfigureAwait(false);
            if (!settled.Owned)
            {
                // Another host took the event over while it ran here (this host was paused or cut off): it is theirs now.
                throw new LeaseLostException(queued.Sequence);
            }

            var tag = ScenarioTelemetry.ScenarioTag(queued.Scenario);
            ScenarioTelemetry.EventsCompleted.Add(1, tag);
            ScenarioTelemetry.EventDuration.Record(_time.GetElapsedTime(started).TotalSeconds, tag);
            ScenarioTelemetry.EventLag.Record((_time.GetUtcNow() - queued.EnqueuedAt).TotalSeconds, tag);
            if (passed)
            {
                Log.EventCompleted(_logger, queued.Scenario, queued.Envelope.Id, queued.Envelope.Type);
                return (new ScenarioRunResult(ScenarioRunOutcome.Completed, _time.GetElapsedTime(started), null, null, null), settled.Next);
            }

            Log.EventFiltered(_logger, queued.Scenario, queued.Envelope.Id, run.StoppedBy ?? "a filter");
            return (new ScenarioRunResult(ScenarioRunOutcome.Filtered, _time.GetElapsedTime(started), run.StoppedBy, null, null), settled.Next);
        }
    }

    private async Task<(DeadLetter DeadLetter, QueuedEvent? Next)> DeadLetterAsync(QueuedEvent queued, string step, int attempts, Exception error)
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

        var settled = await _store.DeadLetterAsync(queued.Sequence, _hostId, deadLetter, _options.Lease, CancellationToken.None).ConfigureAwait(false);
        if (!settled.Owned)
        {
            throw new LeaseLostException(queued.Sequence);
        }

        ScenarioTelemetry.EventsDeadLettered.Add(1, ScenarioTelemetry.ScenarioTag(queued.Scenario));
        Log.EventDeadLettered(_logger, queued.Scenario, queued.Envelope.Id, queued.Envelope.Type, deadLetter.Id, step, attempts, deadLetter.ErrorType, deadLetter.ErrorMessage);
        return (deadLetter, settled.Next);
    }

    private async Task PollLoopAsync(IPollSource poller, CancellationToken token)
    {
        try
        {
            while (!token.IsCancellationRequested)
            {
                try
                {
                    // One host polls a trigger at a time: the others stand by and take over when its hold runs out.
                    if (await _store.TryHoldAsync("poll:" + poller.Name, _hostId, Max(_options.Lease, poller.Interval * 2), token).ConfigureAwait(false))
                    {
                        await PollOnceAsync(poller, token).ConfigureAwait(false);
                    }
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
                    // One host purges per interval.
                    if (await _store.TryHoldAsync("purge", _hostId, _options.PurgeInterval, token).ConfigureAwait(false))
                    {
                        await _store.PurgeAsync(_time.GetUtcNow() - _options.Retention, token).ConfigureAwait(false);
                    }
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

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
