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

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAsync(cancellationToken);
}
