using Connectors.Core.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Core.Tests;

public class PacingTests
{
    [Fact]
    public async Task A_burst_larger_than_the_quota_waits_for_the_window_to_reset()
    {
        var time = new FakeTimeProvider();
        var gate = new RateLimitGate(time);
        gate.Observe(new RateLimitSnapshot(Remaining: 3, Quota: 10, ResetAfter: TimeSpan.FromSeconds(1)));

        for (var i = 0; i < 3; i++)
        {
            await gate.WaitAsync();
        }

        var fourth = gate.WaitAsync().AsTask();
        await Task.Delay(20);
        Assert.False(fourth.IsCompleted);
        Assert.Equal(1, gate.WaitCount);

        time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(fourth.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Out_of_order_responses_keep_the_smallest_remaining_count()
    {
        var time = new FakeTimeProvider();
        var gate = new RateLimitGate(time);
        gate.Observe(new RateLimitSnapshot(1, 10, TimeSpan.FromSeconds(5)));
        gate.Observe(new RateLimitSnapshot(4, 10, TimeSpan.FromSeconds(5)));

        Assert.Equal(1, gate.Remaining);
        await gate.WaitAsync();
        Assert.False(gate.WaitAsync().AsTask().IsCompleted);
    }

    [Fact]
    public async Task The_reserve_is_kept_back_for_others_sharing_the_quota()
    {
        var time = new FakeTimeProvider();
        var gate = new RateLimitGate(time, reserve: 2);
        gate.Observe(new RateLimitSnapshot(3, 10, TimeSpan.FromSeconds(1)));

        await gate.WaitAsync();
        var second = gate.WaitAsync().AsTask();

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task With_no_quota_reported_requests_are_not_held()
    {
        var gate = new RateLimitGate(new FakeTimeProvider());

        var wait = gate.WaitAsync();

        Assert.True(wait.IsCompleted);
        await wait;
        Assert.Null(gate.Remaining);
    }
}

public class PacingInFlightTests
{
    [Fact]
    public async Task Requests_still_in_flight_at_a_new_window_are_counted_against_it()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var gate = new RateLimitGate(time);

        // Four requests go out before anything is known about the window.
        for (var i = 0; i < 4; i++)
        {
            await gate.WaitAsync();
        }

        // The first response says 4 are left: three others are still in flight and will use three of them.
        gate.Observe(new RateLimitSnapshot(4, 10, TimeSpan.FromSeconds(1)));
        gate.Release();

        Assert.Equal(1, gate.Remaining);
        await gate.WaitAsync();
        Assert.False(gate.WaitAsync().AsTask().IsCompleted);
    }
}
