using Connectors.Scenarios.Events;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Tests;

public sealed class StepTimeoutTests
{
    private static readonly WebhookTrigger<OrderEvent> OrderStatus = Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent);

    [Fact]
    public async Task A_step_that_hangs_forever_ends_at_the_step_deadline_is_retried_then_dead_lettered_and_frees_its_subject()
    {
        var attempts = 0;
        var effects = new EffectLog();
        var never = new TaskCompletionSource();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("hangs", x => x
                .From(OrderStatus)
                .Then("call-vendor", key: o => $"{o.OrderId}:{o.Status}", async (o, ctx, ct) =>
                {
                    if (o.Status == "Declined")
                    {
                        Interlocked.Increment(ref attempts);
                        await never.Task; // ignores the token on purpose: a call that never returns
                    }

                    effects.Add($"{o.OrderId} {o.Status}");
                })),
            o =>
            {
                o.StepTimeout = TimeSpan.FromMilliseconds(200);
                o.Retry.MaxRetries = 2;
            });

        // The second event has the same subject: it runs only once the first has let go of it.
        await harness.Inbox.SubmitAsync(Orders.Event(1));
        await harness.Inbox.SubmitAsync(Orders.Event(1, status: "Shipped"));
        await harness.IdleAsync();

        var letter = Assert.Single(await harness.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = "hangs" }));
        Assert.Equal("call-vendor", letter.Step);
        Assert.Equal(3, letter.Attempts);
        Assert.True(letter.IsTransient);
        Assert.Equal(typeof(TimeoutException).FullName, letter.ErrorType);
        Assert.Contains("StepTimeout", letter.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(3, attempts);
        Assert.Equal(["1 Shipped"], effects.Entries);
    }

    [Fact]
    public async Task Steps_after_a_timed_out_step_get_tokens_that_are_not_cancelled()
    {
        // Deadline tokens come from reused sources: the cancelled one of the timed-out attempt must never be handed out again.
        var cancelledAtStart = 0;
        var ran = 0;
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("mixed", x => x
                .From(OrderStatus)
                .Then("call-vendor", key: o => $"{o.OrderId}:{o.Status}", async (o, ctx, ct) =>
                {
                    if (ct.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref cancelledAtStart);
                    }

                    if (o.OrderId == 0)
                    {
                        await Task.Delay(Timeout.InfiniteTimeSpan, ct); // listens: ends when the deadline cancels it
                    }

                    Interlocked.Increment(ref ran);
                })),
            o =>
            {
                o.StepTimeout = TimeSpan.FromMilliseconds(100);
                o.Retry.MaxRetries = 0;
            });

        await harness.Inbox.SubmitAsync(Orders.Event(0));
        await harness.IdleAsync();
        for (var i = 1; i <= 200; i++)
        {
            await harness.Inbox.SubmitAsync(Orders.Event(i));
        }

        await harness.IdleAsync();

        Assert.Single(await harness.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = "mixed" }));
        Assert.Equal(200, ran);
        Assert.Equal(0, cancelledAtStart);
    }

    [Fact]
    public async Task Stopping_the_host_cancels_the_token_of_a_running_step()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("waits", x => x
                .From(OrderStatus)
                .Then("call-vendor", key: o => $"{o.OrderId}:{o.Status}", async (o, ctx, ct) =>
                {
                    using var registration = ct.Register(() => cancelled.TrySetResult());
                    started.SetResult();
                    await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                })),
            o => o.StepTimeout = TimeSpan.FromMinutes(5));

        await harness.Inbox.SubmitAsync(Orders.Event(1));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await harness.DisposeAsync();

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_step_timeout_of_zero_is_refused()
    {
        var options = new ScenarioOptions { StepTimeout = TimeSpan.Zero };
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
    }
}
