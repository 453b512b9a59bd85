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

    /// <summary>Reads queued events with a sequence greater than <paramref name="afterSequence"/>, in sequence order.</summary>
    /// <param name="afterSequence">The last sequence already read.</param>
    /// <param name="maxCount">The most events to return.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events.</returns>
    ValueTask<IReadOnlyList<QueuedEvent>> FetchAsync(long afterSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a processed event from the queue. A store may defer the removal to batch it with its next write;
    /// an event whose removal is lost in a crash runs again and its journaled steps are skipped.
    /// </summary>
    /// <param name="sequence">Its sequence.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the removal is recorded.</returns>
    ValueTask CompleteAsync(long sequence, CancellationToken cancellationToken = default);

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

    /// <summary>Moves a queued event to the dead letters.</summary>
    /// <param name="sequence">Sequence of the queued event.</param>
    /// <param name="deadLetter">The dead letter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the move is durable.</returns>
    ValueTask DeadLetterAsync(long sequence, DeadLetter deadLetter, CancellationToken cancellationToken = default);

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
