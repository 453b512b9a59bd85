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
    public void A_step_timeout_of_zero_is_refused()
    {
        var options = new ScenarioOptions { StepTimeout = TimeSpan.Zero };
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
    }
}
