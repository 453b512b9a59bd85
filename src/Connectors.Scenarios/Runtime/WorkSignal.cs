using System.Threading.Channels;

namespace Connectors.Scenarios.Runtime;

/// <summary>Wakes the runner when new events are stored; counts notifications so idleness can be judged exactly.</summary>
internal sealed class WorkSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _version;

    public long Version => Volatile.Read(ref _version);

    public void Notify()
    {
        Interlocked.Increment(ref _version);
        _channel.Writer.TryWrite(true);
    }

    /// <summary>
    /// Waits for a notification, or for <paramref name="timeout"/> on the real clock (then <see langword="false"/>).
    /// A timed-out wait withdraws its read, so the next notification goes to the next wait (a read left pending
    /// would take it, and that wait would sleep through it until its own timeout).
    /// </summary>
    public async ValueTask<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_channel.Reader.TryRead(out _))
        {
            return true;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return await _channel.Reader.ReadAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
