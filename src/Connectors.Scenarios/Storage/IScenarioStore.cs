namespace Connectors.Scenarios.Storage;

/// <summary>
/// Durable state of the engine: the inbox (queued events and the deduplication window), poll checkpoints,
/// the step journal and the dead letters. Every method is atomic.
/// </summary>
/// <remarks>
/// Times are passed in by the engine (from its <see cref="TimeProvider"/>), so stores never read the clock.
/// </remarks>
public interface IScenarioStore
{
    /// <summary>
    /// Stores events for processing, dropping each one whose (scenario, idempotency key) was already received
    /// within the retention window, and advances <paramref name="checkpoint"/> in the same transaction.
    /// </summary>
    /// <param name="events">The events.</param>
    /// <param name="checkpoint">A poll checkpoint to save with the events, or <see langword="null"/>.</param>
    /// <param name="receivedAt">The time of receipt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many events were new (the rest were duplicates).</returns>
    ValueTask<int> EnqueueAsync(IReadOnlyList<StoredEvent> events, PollCheckpoint? checkpoint, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="maxCount"/> queued events for <paramref name="owner"/>, in sequence order, for
    /// <paramref name="lease"/>. A claimed event is not handed to another owner until it is settled, released, or
    /// (in a store shared by several processes) its lease runs out.
    /// </summary>
    /// <remarks>
    /// A store shared by several processes hands out only the head (oldest) event of each (scenario, subject) and
    /// passes the next one on in <see cref="Settled.Next"/>; a single-process store may hand out every event and
    /// leave the per-subject order to the runner.
    /// </remarks>
    /// <param name="owner">The claiming host.</param>
    /// <param name="maxCount">The most events to return.</param>
    /// <param name="lease">How long the claim holds without renewal.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The claimed events.</returns>
    ValueTask<IReadOnlyList<QueuedEvent>> ClaimAsync(string owner, int maxCount, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Extends the leases of events that <paramref name="owner"/> holds.</summary>
    /// <param name="owner">The claiming host.</param>
    /// <param name="sequences">The events it holds.</param>
    /// <param name="lease">The new lease, from now.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The sequences that <paramref name="owner"/> no longer holds (taken over or gone).</returns>
    ValueTask<IReadOnlyList<long>> RenewAsync(string owner, IReadOnlyList<long> sequences, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Gives claimed events back unprocessed, so they can be claimed again at once.</summary>
    /// <param name="owner">The claiming host; events it no longer holds are left alone.</param>
    /// <param name="sequences">The events.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the events are released.</returns>
    ValueTask ReleaseAsync(string owner, IReadOnlyList<long> sequences, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a processed event from the queue if <paramref name="owner"/> still holds it. A single-process store
    /// may defer the removal to batch it with its next write; an event whose removal is lost in a crash runs again
    /// and its journaled steps are skipped.
    /// </summary>
    /// <param name="sequence">Its sequence.</param>
    /// <param name="owner">The claiming host.</param>
    /// <param name="lease">The lease for the subject's next event, when the store hands it over.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether the owner still held the event, and the subject's next event now claimed for it, if any.</returns>
    ValueTask<Settled> CompleteAsync(long sequence, string owner, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Counts the events still queued.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    ValueTask<long> CountQueuedAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the journal entry of a step for a key.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="step">The step.</param>
    /// <param name="key">The key the step declared.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entry, or <see langword="null"/> when the step has not completed for that key.</returns>
    ValueTask<StepCompletion?> GetStepAsync(string scenario, string step, string key, CancellationToken cancellationToken = default);

    /// <summary>Journals a completed step.</summary>
    /// <param name="completion">The journal entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the entry is durable.</returns>
    ValueTask SaveStepAsync(StepCompletion completion, CancellationToken cancellationToken = default);

    /// <summary>Moves a queued event to the dead letters if <paramref name="owner"/> still holds it.</summary>
    /// <param name="sequence">Sequence of the queued event.</param>
    /// <param name="owner">The claiming host.</param>
    /// <param name="deadLetter">The dead letter.</param>
    /// <param name="lease">The lease for the subject's next event, when the store hands it over.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether the owner still held the event, and the subject's next event now claimed for it, if any.</returns>
    ValueTask<Settled> DeadLetterAsync(long sequence, string owner, DeadLetter deadLetter, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the lock that keeps one effect (scenario, step, key) from running twice at the same time, and reads the
    /// effect's journal entry under it: the journal check, the effect and the journal write (<see cref="IEffectLock.SaveAsync"/>,
    /// which also releases the lock) happen under it. A store shared by several processes takes the lock and reads
    /// the journal in one round trip; a single-process store locks nothing (the runner also locks within the process).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="step">The step.</param>
    /// <param name="key">The key the step declared.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The lock with the journal entry; dispose it to release it unsaved.</returns>
    ValueTask<IEffectLock> LockEffectAsync(string scenario, string step, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes or keeps a named singleton (a poller, the purge) for <paramref name="owner"/> for <paramref name="lease"/>:
    /// only one owner holds a name at a time. A single-process store always grants it.
    /// </summary>
    /// <param name="name">The singleton.</param>
    /// <param name="owner">The host asking.</param>
    /// <param name="lease">How long it holds without asking again.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when <paramref name="owner"/> holds it now.</returns>
    ValueTask<bool> TryHoldAsync(string name, string owner, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Yields each time another process may have stored work (events enqueued or replayed, subjects released).
    /// A single-process store never yields. The sequence ends when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    /// <param name="cancellationToken">Stops watching.</param>
    /// <returns>The wake-ups.</returns>
    IAsyncEnumerable<bool> WatchAsync(CancellationToken cancellationToken);

    /// <summary>Reads one dead letter.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The dead letter, or <see langword="null"/> when there is none with that id.</returns>
    ValueTask<DeadLetter?> GetDeadLetterAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists dead letters matching a query, oldest first.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The dead letters.</returns>
    ValueTask<IReadOnlyList<DeadLetter>> QueryDeadLettersAsync(DeadLetterQuery query, CancellationToken cancellationToken = default);

    /// <summary>Moves dead letters back to the end of the queue (bypassing deduplication).</summary>
    /// <param name="ids">Ids of the dead letters.</param>
    /// <param name="requeuedAt">The time of the replay.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many dead letters were found and requeued.</returns>
    ValueTask<int> ReplayAsync(IReadOnlyList<string> ids, DateTimeOffset requeuedAt, CancellationToken cancellationToken = default);

    /// <summary>Reads a poll checkpoint.</summary>
    /// <param name="name">The poll trigger name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The checkpoint value, or <see langword="null"/> before the first poll.</returns>
    ValueTask<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Forgets deduplication entries and step journal entries older than <paramref name="olderThan"/>.</summary>
    /// <param name="olderThan">The cut-off time.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the purge is done.</returns>
    ValueTask PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
