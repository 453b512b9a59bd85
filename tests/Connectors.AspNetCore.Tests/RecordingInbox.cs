using System.Collections.Concurrent;
using Connectors.Scenarios;
using Connectors.Scenarios.Events;

namespace Connectors.AspNetCore.Tests;

/// <summary>An inbox that stores each envelope id once, like the real store, and can be told to fail.</summary>
internal sealed class RecordingInbox : IScenarioInbox
{
    private readonly ConcurrentDictionary<string, EventEnvelope> _stored = new();

    public bool Fail { get; set; }

    public int Submissions;

    public IReadOnlyCollection<EventEnvelope> Stored => _stored.Values.ToArray();

    public ValueTask<SubmitResult> SubmitAsync(EventEnvelope envelope, CancellationToken cancellationToken = default)
        => SubmitAsync([envelope], cancellationToken);

    public ValueTask<SubmitResult> SubmitAsync(IReadOnlyList<EventEnvelope> envelopes, CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new InvalidOperationException("store is down");
        }

        Interlocked.Increment(ref Submissions);
        var accepted = envelopes.Count(e => _stored.TryAdd(e.Source + "/" + e.Id, e));
        return ValueTask.FromResult(new SubmitResult(accepted, envelopes.Count - accepted));
    }
}
