namespace Connectors.Scenarios.Storage;

/// <summary>
/// A store that keeps everything in process memory: fast and good for tests, but nothing survives a restart.
/// Use the SQLite store (<c>UseSqliteStore</c>) for durability.
/// </summary>
public sealed class InMemoryScenarioStore : IScenarioStore
{
    private readonly Lock _gate = new();
    // Sequences only grow (an enqueue or a replay takes the next one), so the queue in order is the dictionary read
    // from the claim cursor up to the last sequence: no sorted set to rebalance on every completion.
    private readonly Dictionary<long, QueuedEvent> _queue = [];
    private readonly Dictionary<(string Scenario, string Key), DateTimeOffset> _received = [];
    private readonly Queue<((string Scenario, string Key) Id, DateTimeOffset At)> _receivedByTime = new();
    private readonly Dictionary<(string Scenario, string Step, string Key), StepCompletion> _steps = [];
    private readonly Queue<((string Scenario, string Step, string Key) Id, DateTimeOffset At)> _stepsByTime = new();
    private readonly List<DeadLetter> _deadLetters = [];
    private readonly Dictionary<string, string> _checkpoints = [];
    private readonly LocalClaims _claims = new();
    private readonly IEffectLock _notJournaled;

    /// <summary>Creates an empty store.</summary>
    public InMemoryScenarioStore()
    {
        _notJournaled = LocalClaims.EffectLock(this, null);
    }
    private long _lastSequence;

    /// <inheritdoc />
    public ValueTask<int> EnqueueAsync(IReadOnlyList<StoredEvent> events, PollCheckpoint? checkpoint, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var accepted = 0;
        lock (_gate)
        {
            foreach (var stored in events)
            {
                var id = (stored.Scenario, stored.Envelope.EffectiveIdempotencyKey);
                if (!_received.TryAdd(id, receivedAt))
                {
                    continue;
                }

                _receivedByTime.Enqueue((id, receivedAt));
                AddToQueue(stored.Scenario, stored.Envelope, receivedAt);
                accepted++;
            }

            if (checkpoint is not null)
            {
                _checkpoints[checkpoint.Name] = checkpoint.Value;
            }
        }

        return ValueTask.FromResult(accepted);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<QueuedEvent>> ClaimAsync(string owner, int maxCount, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        lock (_gate)
        {
            if (_queue.Count == 0 || _lastSequence <= _claims.Cursor)
            {
                return ValueTask.FromResult<IReadOnlyList<QueuedEvent>>([]);
            }

            // Past the cursor nothing was ever claimed, so nothing is missing there, except after a release moved the
            // cursor back over events completed since (rare: a host stopping, a lost claim): those are skipped once.
            var result = new List<QueuedEvent>(Math.Min(maxCount, _queue.Count));
            for (var sequence = _claims.Cursor + 1; sequence <= _lastSequence && result.Count < maxCount; sequence++)
            {
                if (!_queue.TryGetValue(sequence, out var queued))
                {
                    _claims.PassOver(sequence);
                }
                else if (_claims.TryClaim(sequence, owner))
                {
                    result.Add(queued);
                }
            }

            return ValueTask.FromResult<IReadOnlyList<QueuedEvent>>(result);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> RenewAsync(string owner, IReadOnlyList<long> sequences, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_claims.Lost(owner, sequences));
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string owner, IReadOnlyList<long> sequences, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _claims.Release(owner, sequences);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Settled> CompleteAsync(long sequence, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_claims.TrySettle(sequence, owner))
            {
                return ValueTask.FromResult(new Settled(false, null));
            }

            RemoveFromQueue(sequence);
        }

        return ValueTask.FromResult(new Settled(true, null));
    }

    /// <inheritdoc />
    public ValueTask<IEffectLock> LockEffectAsync(string scenario, string step, string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_steps.GetValueOrDefault((scenario, step, key)) is { } completed ? LocalClaims.EffectLock(this, completed) : _notJournaled);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryHoldAsync(string name, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(true);

    /// <inheritdoc />
    public IAsyncEnumerable<bool> WatchAsync(CancellationToken cancellationToken) => LocalClaims.NeverWakes(cancellationToken);

    /// <inheritdoc />
    public ValueTask<long> CountQueuedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult((long)_queue.Count);
        }
    }

    /// <inheritdoc />
    public ValueTask<StepCompletion?> GetStepAsync(string scenario, string step, string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_steps.GetValueOrDefault((scenario, step, key)));
        }
    }

    /// <inheritdoc />
    public ValueTask SaveStepAsync(StepCompletion completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var id = (completion.Scenario, completion.Step, completion.Key);
        lock (_gate)
        {
            _steps[id] = completion;
            _stepsByTime.Enqueue((id, completion.CompletedAt));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Settled> DeadLetterAsync(long sequence, string owner, DeadLetter deadLetter, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        lock (_gate)
        {
            if (!_claims.TrySettle(sequence, owner))
            {
                return ValueTask.FromResult(new Settled(false, null));
            }

            RemoveFromQueue(sequence);
            _deadLetters.Add(deadLetter);
        }

        return ValueTask.FromResult(new Settled(true, null));
    }

    /// <inheritdoc />
    public ValueTask<DeadLetter?> GetDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_deadLetters.Find(d => d.Id == id));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DeadLetter>> QueryDeadLettersAsync(DeadLetterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            IReadOnlyList<DeadLetter> result = [.. _deadLetters.Where(query.Matches).OrderBy(d => d.FailedAt).Take(query.Limit)];
            return ValueTask.FromResult(result);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> ReplayAsync(IReadOnlyList<string> ids, DateTimeOffset requeuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var replayed = 0;
        lock (_gate)
        {
            foreach (var id in ids)
            {
                var index = _deadLetters.FindIndex(d => d.Id == id);
                if (index < 0)
                {
                    continue;
                }

                var deadLetter = _deadLetters[index];
                _deadLetters.RemoveAt(index);
                AddToQueue(deadLetter.Scenario, deadLetter.Envelope, requeuedAt);
                replayed++;
            }
        }

        return ValueTask.FromResult(replayed);
    }

    /// <inheritdoc />
    public ValueTask<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_checkpoints.GetValueOrDefault(name));
        }
    }

    /// <inheritdoc />
    public ValueTask PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            while (_receivedByTime.TryPeek(out var entry) && entry.At < olderThan)
            {
                _receivedByTime.Dequeue();
                if (_received.TryGetValue(entry.Id, out var at) && at == entry.At)
                {
                    _received.Remove(entry.Id);
                }
            }

            while (_stepsByTime.TryPeek(out var entry) && entry.At < olderThan)
            {
                _stepsByTime.Dequeue();
                if (_steps.TryGetValue(entry.Id, out var step) && step.CompletedAt == entry.At)
                {
                    _steps.Remove(entry.Id);
                }
            }

            _received.TrimExcess();
            _steps.TrimExcess();
        }

        return ValueTask.CompletedTask;
    }

    private void AddToQueue(string scenario, Events.EventEnvelope envelope, DateTimeOffset at)
    {
        var sequence = ++_lastSequence;
        _queue[sequence] = new QueuedEvent(sequence, scenario, envelope, at);
    }

    private void RemoveFromQueue(long sequence) => _queue.Remove(sequence);
}
