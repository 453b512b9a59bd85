using System.Collections.Concurrent;
using Connectors.Core.Resilience;

namespace Connectors.Core.DependencyInjection;

/// <summary>One <see cref="RateLimitGate"/> per named client, shared by all its handler instances.</summary>
public sealed class RateLimitGateRegistry
{
    private readonly ConcurrentDictionary<string, RateLimitGate> _gates = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates the registry.</summary>
    /// <param name="time">The clock; the system clock when null.</param>
    public RateLimitGateRegistry(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The gate of one quota.</summary>
    /// <param name="key">The quota's key (the named client).</param>
    /// <param name="reserve">Requests kept back per window.</param>
    public RateLimitGate Get(string key, int reserve = 0) => _gates.GetOrAdd(key, _ => new RateLimitGate(_time, reserve));

    /// <summary>
    /// The gates created so far, by key (the named client, <c>Connectors.{System}.{name}</c>), in key order: the
    /// pacing view a dashboard shows (<see cref="RateLimitGate.Remaining"/>, <see cref="RateLimitGate.WaitCount"/>).
    /// A client gets its gate on its first request.
    /// </summary>
    /// <returns>The gates.</returns>
    public IReadOnlyList<KeyValuePair<string, RateLimitGate>> Snapshot() => [.. _gates.OrderBy(g => g.Key, StringComparer.Ordinal)];
}
