using Connectors.Scenarios.Runtime;

namespace Connectors.Scenarios.Tests;

/// <summary>
/// The runner's wake-up signal. An idle runner waits on it for the claim poll interval, again and again: a wait that
/// timed out must not leave a read behind that swallows the next wake-up (found by the wake-up benchmark: one
/// wake-up in ten slept until the next poll, ~1 s, on idle PostgreSQL hosts).
/// </summary>
public sealed class WorkSignalTests
{
    [Fact]
    public async Task A_wake_up_after_waits_that_timed_out_reaches_the_next_wait()
    {
        var signal = new WorkSignal();
        for (var i = 0; i < 5; i++)
        {
            Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None));
        }

        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_wake_up_before_the_wait_is_kept_and_taken_once()
    {
        var signal = new WorkSignal();
        signal.Notify();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None));
        Assert.Equal(2, signal.Version);
    }

    [Fact]
    public async Task Stopping_the_runner_cancels_the_wait()
    {
        var signal = new WorkSignal();
        using var stop = new CancellationTokenSource();
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(1), stop.Token).AsTask();

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }
}
