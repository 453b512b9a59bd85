using System.Runtime.CompilerServices;

namespace Connectors.Scenarios.Storage;

/// <summary>
/// Claim bookkeeping for a store that one process owns (in memory, SQLite): which events are claimed and by whom,
/// and how far the queue has been handed out. Leases never run out, since no other process can take over, and
/// there is nothing to lock or watch across processes. Not thread-safe: the store calls it under its own lock.
/// </summary>
public sealed class LocalClaims
{
    private readonly Dictionary<long, string> _owners = [];
    private long _cursor;

    /// <summary>
    /// The effect lock of a store that one process owns: nothing is locked (within one process the runner already
    /// serializes effects); <paramref name="completed"/> is the store's journal entry, and saving is its
    /// <see cref="IScenarioStore.SaveStepAsync"/>.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="completed">The journal entry read from <paramref name="store"/>, or <see langword="null"/>.</param>
    /// <returns>The lock (reusable when <paramref name="completed"/> is <see langword="null"/>: it holds nothing else).</returns>
    public static IEffectLock EffectLock(IScenarioStore store, StepCompletion? completed) => new LocalEffectLock(store, completed);

    /// <summary>The last sequence handed out; events after it have never been claimed since it was set.</summary>
    public long Cursor => _cursor;

    /// <summary>How many events are claimed.</summary>
    public int Count => _owners.Count;

    /// <summary>Claims <paramref name="sequence"/> for <paramref name="owner"/> unless it is claimed, and moves the cursor past it.</summary>
    /// <param name="sequence">The event.</param>
    /// <param name="owner">The claiming host.</param>
    /// <returns><see langword="true"/> when it was free and is now claimed.</returns>
    public bool TryClaim(long sequence, string owner)
    {
        PassOver(sequence);
        return _owners.TryAdd(sequence, owner);
    }

    /// <summary>Moves the cursor past <paramref name="sequence"/>, an event no longer in the queue (nothing to claim).</summary>
    /// <param name="sequence">The event.</param>
    public void PassOver(long sequence)
    {
        if (sequence > _cursor)
        {
            _cursor = sequence;
        }
    }

    /// <summary>Tells whether <paramref name="owner"/> holds <paramref name="sequence"/>.</summary>
    /// <param name="sequence">The event.</param>
    /// <param name="owner">The claiming host.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Holds(long sequence, string owner) => _owners.TryGetValue(sequence, out var holder) && holder == owner;

    /// <summary>Ends the claim of <paramref name="owner"/> on <paramref name="sequence"/> (it was completed or dead-lettered).</summary>
    /// <param name="sequence">The event.</param>
    /// <param name="owner">The claiming host.</param>
    /// <returns><see langword="false"/> when <paramref name="owner"/> did not hold it: the caller must change nothing.</returns>
    public bool TrySettle(long sequence, string owner)
    {
        if (!_owners.TryGetValue(sequence, out var holder) || holder != owner)
        {
            return false;
        }

        _owners.Remove(sequence);
        return true;
    }

    /// <summary>Lists the events of <paramref name="sequences"/> that <paramref name="owner"/> does not hold.</summary>
    /// <param name="owner">The claiming host.</param>
    /// <param name="sequences">The events it believes it holds.</param>
    /// <returns>The lost ones.</returns>
    public IReadOnlyList<long> Lost(string owner, IReadOnlyList<long> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        List<long>? lost = null;
        foreach (var sequence in sequences)
        {
            if (!_owners.TryGetValue(sequence, out var holder) || holder != owner)
            {
                (lost ??= []).Add(sequence);
            }
        }

        return lost ?? (IReadOnlyList<long>)[];
    }

    /// <summary>Gives back the events of <paramref name="sequences"/> that <paramref name="owner"/> holds, and moves the cursor back before them.</summary>
    /// <param name="owner">The claiming host.</param>
    /// <param name="sequences">The events.</param>
    public void Release(string owner, IReadOnlyList<long> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        foreach (var sequence in sequences)
        {
            if (TrySettle(sequence, owner) && sequence <= _cursor)
            {
                _cursor = sequence - 1;
            }
        }
    }

    /// <summary>Forgets a claim whatever its owner (the event left the queue).</summary>
    /// <param name="sequence">The event.</param>
    public void Forget(long sequence) => _owners.Remove(sequence);

    /// <summary>A wake-up stream that never yields and ends when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="cancellationToken">Stops watching.</param>
    /// <returns>The (empty) wake-ups.</returns>
    public static async IAsyncEnumerable<bool> NeverWakes([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            yield break;
        }

        yield break;
    }

    private sealed class LocalEffectLock(IScenarioStore store, StepCompletion? completed) : IEffectLock
    {
        public StepCompletion? Completed => completed;

        public ValueTask SaveAsync(StepCompletion completion, CancellationToken cancellationToken = default) => store.SaveStepAsync(completion, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
