using Connectors.Scenarios;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.AspNetCore.Dashboard;

/// <summary>What the dashboard searches dead letters by; every criterion that is set must match.</summary>
internal sealed record DeadLetterSearch(string? Recipe, string? Step, string? ErrorKind, DateTimeOffset? From, DateTimeOffset? To, string? Subject, int Limit)
{
    public const int MaxLimit = 500;

    public DeadLetterQuery ToQuery() => new()
    {
        Scenario = Recipe,
        Step = Step,
        ErrorType = ErrorKind,
        FailedFrom = From,
        FailedBefore = To,
        // The subject is not a store criterion: read up to the cap and filter here.
        Limit = Subject is null ? Limit : MaxLimit,
    };

    public bool Matches(DeadLetter deadLetter)
        => Subject is null || (deadLetter.Envelope.Subject?.Contains(Subject, StringComparison.OrdinalIgnoreCase) ?? false);
}

/// <summary>
/// The dashboard's only access to engine state: the public <see cref="IScenarioDeadLetters"/> (search, replay) and
/// the store's queued count. Works with every store, since it reads through the engine's own interfaces.
/// </summary>
internal sealed class DashboardReads(IServiceProvider services)
{
    public async ValueTask<long?> QueueDepthAsync(CancellationToken cancellationToken)
        => services.GetService<IScenarioStore>() is { } store ? await store.CountQueuedAsync(cancellationToken).ConfigureAwait(false) : null;

    public async ValueTask<IReadOnlyList<DeadLetter>> SearchAsync(DeadLetterSearch search, CancellationToken cancellationToken)
    {
        var found = await DeadLetters.QueryAsync(search.ToQuery(), cancellationToken).ConfigureAwait(false);
        return [.. found.Where(search.Matches).Take(search.Limit)];
    }

    public ValueTask<DeadLetter?> GetAsync(string id, CancellationToken cancellationToken)
        => DeadLetters.GetAsync(id, cancellationToken);

    /// <summary>
    /// Replays the given dead letters one by one; returns those found and requeued. <paramref name="beforeReplay"/>
    /// sees each letter just before it is requeued (the runner may start it at once).
    /// </summary>
    public async ValueTask<IReadOnlyList<DeadLetter>> ReplayAsync(IReadOnlyList<string> ids, Action<DeadLetter> beforeReplay, CancellationToken cancellationToken)
    {
        var replayed = new List<DeadLetter>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            // Read first, for the event id the replayed run will carry; a letter gone meanwhile is simply not counted.
            if (await DeadLetters.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } letter)
            {
                continue;
            }

            beforeReplay(letter);
            if (await DeadLetters.ReplayAsync(id, cancellationToken).ConfigureAwait(false))
            {
                replayed.Add(letter);
            }
        }

        return replayed;
    }

    private IScenarioDeadLetters DeadLetters => services.GetRequiredService<IScenarioDeadLetters>();
}
