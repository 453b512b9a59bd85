using System.Threading.Channels;
using Connectors.Scenarios.Storage;

namespace Connectors.Scenarios.Runtime;

/// <summary>
/// Hands events to a fixed number of workers so that events of one (scenario, subject) run one after another in
/// sequence order while different subjects run in parallel. An event whose subject is busy waits in that
/// subject's queue, not in front of other subjects.
/// </summary>
internal sealed class KeyedDispatcher
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Scenario, string Subject), Queue<QueuedEvent>?> _busy = [];
    private readonly Channel<QueuedEvent> _ready = Channel.CreateUnbounded<QueuedEvent>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });

    public void Post(QueuedEvent queued)
    {
        if (queued.Envelope.Subject is { } subject)
        {
            var key = (queued.Scenario, subject);
            lock (_gate)
            {
                if (_busy.TryGetValue(key, out var waiting))
                {
                    waiting ??= new Queue<QueuedEvent>();
                    waiting.Enqueue(queued);
                    _busy[key] = waiting;
                    return;
                }

                _busy.Add(key, null);
            }
        }

        _ready.Writer.TryWrite(queued);
    }

    /// <summary>
    /// Runs one worker until cancelled: takes a ready event, processes it and then its subject's followers: first the
    /// one the store handed over (returned by <paramref name="process"/>), then those waiting here.
    /// </summary>
    public async Task RunWorkerAsync(Func<QueuedEvent, Task<QueuedEvent?>> process, CancellationToken cancellationToken)
    {
        try
        {
            while (await _ready.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_ready.Reader.TryRead(out var queued))
                {
                    for (var current = queued; current is not null;)
                    {
                        var handedOver = await process(current).ConfigureAwait(false);
                        if (cancellationToken.IsCancellationRequested)
                        {
                            return;
                        }

                        current = handedOver ?? Next(current);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: events not yet done stay in the store and run after the next start.
        }
    }

    /// <summary>Takes the events waiting behind <paramref name="current"/>'s subject (it is being given back to the store).</summary>
    public List<QueuedEvent> TakeWaiting(QueuedEvent current)
    {
        if (current.Envelope.Subject is not { } subject)
        {
            return [];
        }

        lock (_gate)
        {
            if (_busy.TryGetValue((current.Scenario, subject), out var waiting) && waiting is { Count: > 0 })
            {
                var taken = new List<QueuedEvent>(waiting);
                waiting.Clear();
                return taken;
            }

            return [];
        }
    }

    private QueuedEvent? Next(QueuedEvent done)
    {
        if (done.Envelope.Subject is not { } subject)
        {
            return null;
        }

        var key = (done.Scenario, subject);
        lock (_gate)
        {
            if (_busy.TryGetValue(key, out var waiting) && waiting is { Count: > 0 })
            {
                return waiting.Dequeue();
            }

            _busy.Remove(key);
            return null;
        }
    }
}
