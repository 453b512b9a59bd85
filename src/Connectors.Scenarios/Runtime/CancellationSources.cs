using System.Collections.Concurrent;

namespace Connectors.Scenarios.Runtime;

/// <summary>
/// Reused cancellation sources for step deadlines: one per step attempt would otherwise be allocated per event.
/// A source comes back only when it was never cancelled (<see cref="CancellationTokenSource.TryReset"/>).
/// </summary>
internal sealed class CancellationSources
{
    private const int MaxKept = 256;
    private readonly ConcurrentQueue<CancellationTokenSource> _free = new();

    public CancellationTokenSource Rent() => _free.TryDequeue(out var source) ? source : new CancellationTokenSource();

    public void Return(CancellationTokenSource source)
    {
        if (_free.Count < MaxKept && source.TryReset())
        {
            _free.Enqueue(source);
        }
        else
        {
            source.Dispose();
        }
    }
}
