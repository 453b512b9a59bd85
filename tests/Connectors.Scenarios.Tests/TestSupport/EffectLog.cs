using System.Collections.Concurrent;

namespace Connectors.Scenarios.Tests.TestSupport;

/// <summary>Records effects in the order they happen, thread-safe.</summary>
internal sealed class EffectLog
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public void Add(string entry) => _entries.Enqueue(entry);

    public int Count(string entry) => _entries.Count(e => e == entry);
}
