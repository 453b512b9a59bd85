using System.Collections.Concurrent;

namespace Connectors.Shared;

/// <summary>
/// Reused cancellation sources for deadlines (an HTTP attempt, a whole call, an engine step): one per attempt would
/// otherwise be allocated per request or event. One source file, compiled into Connectors.Core and Connectors.Scenarios.
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
