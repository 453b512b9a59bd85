using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Telemetry;
using Microsoft.Extensions.Logging;

namespace Connectors.Scenarios.Runtime;

/// <summary>Reads dead letters from the store and requeues them on replay.</summary>
internal sealed class ScenarioDeadLetters(IScenarioStore store, WorkSignal signal, TimeProvider time, ILogger logger) : IScenarioDeadLetters
{
    public ValueTask<DeadLetter?> GetAsync(string id, CancellationToken cancellationToken = default)
        => store.GetDeadLetterAsync(id, cancellationToken);

    public ValueTask<IReadOnlyList<DeadLetter>> QueryAsync(DeadLetterQuery query, CancellationToken cancellationToken = default)
        => store.QueryDeadLettersAsync(query, cancellationToken);

    public async ValueTask<bool> ReplayAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return await ReplayAsync([id], cancellationToken).ConfigureAwait(false) == 1;
    }

    public async ValueTask<int> ReplayAsync(DeadLetterQuery query, CancellationToken cancellationToken = default)
    {
        var matches = await store.QueryDeadLettersAsync(query, cancellationToken).ConfigureAwait(false);
        return matches.Count == 0 ? 0 : await ReplayAsync([.. matches.Select(d => d.Id)], cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<int> ReplayAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var count = await store.ReplayAsync(ids, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (count > 0)
        {
            Log.Replayed(logger, count);
            signal.Notify();
        }

        return count;
    }
}
