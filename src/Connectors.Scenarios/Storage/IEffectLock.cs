namespace Connectors.Scenarios.Storage;

/// <summary>
/// The held lock of one effect (scenario, step, key), from <see cref="IScenarioStore.LockEffectAsync"/>: the journal
/// entry read under it, and the journal write that releases it. Disposing releases the lock when
/// <see cref="SaveAsync"/> has not (the effect was skipped, or it failed).
/// </summary>
public interface IEffectLock : IAsyncDisposable
{
    /// <summary>The effect's journal entry, read under the lock; <see langword="null"/> when it has not happened yet.</summary>
    StepCompletion? Completed { get; }

    /// <summary>
    /// Journals the completed effect, then releases the lock. A store shared by several processes does both in one
    /// round trip, releasing only after the journal entry is committed (so the next holder sees it).
    /// </summary>
    /// <param name="completion">The journal entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the entry is durable and the lock released.</returns>
    ValueTask SaveAsync(StepCompletion completion, CancellationToken cancellationToken = default);
}
