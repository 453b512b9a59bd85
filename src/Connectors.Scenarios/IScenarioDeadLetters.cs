using Connectors.Scenarios.Storage;

namespace Connectors.Scenarios;

/// <summary>Inspect and replay the events scenarios gave up on.</summary>
public interface IScenarioDeadLetters
{
    /// <summary>Reads one dead letter.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The dead letter, or <see langword="null"/>.</returns>
    ValueTask<DeadLetter?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists dead letters, oldest first.</summary>
    /// <param name="query">Which ones.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The dead letters.</returns>
    ValueTask<IReadOnlyList<DeadLetter>> QueryAsync(DeadLetterQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a dead letter back through its scenario. Steps it had completed are skipped; it resumes at the
    /// step that failed.
    /// </summary>
    /// <param name="id">Its id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when it was found and requeued.</returns>
    ValueTask<bool> ReplayAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Sends every dead letter matching <paramref name="query"/> back through its scenario.</summary>
    /// <param name="query">Which ones (at most <see cref="DeadLetterQuery.Limit"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were requeued.</returns>
    ValueTask<int> ReplayAsync(DeadLetterQuery query, CancellationToken cancellationToken = default);
}
