using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Tests;

public sealed class FailureTests
{
    private static readonly WebhookTrigger<OrderEvent> OrderStatus = Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent);

    [Fact]
    public async Task Transient_failures_are_retried_then_succeed_once()
    {
        var attempts = 0;
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("flaky", x => x
            .From(OrderStatus)
            .Then("open-case", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
            {
                if (Interlocked.Increment(ref attempts) < 3)
                {
                    throw new TimeoutException("Core Case did not answer");
                }

                effects.Add($"{o.OrderId}@{ctx.Attempt}");
                return ValueTask.CompletedTask;
            })));

        await harness.Inbox.SubmitAsync(Orders.Event(5));
        await harness.IdleAsync();

        Assert.Equal(3, attempts);
        Assert.Equal(["5@3"], effects.Entries);
        Assert.Empty(await harness.DeadLetters.QueryAsync(new()));
    }

    [Fact]
    public async Task Permanent_failure_goes_to_dead_letter_at_once_and_replay_resumes_at_the_failed_step()
    {
        var reserved = 0;
        var attempts = 0;
        var broken = true;
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("two-steps", x => x
            .From(OrderStatus)
            .Then("reserve", key: o => o.OrderId.ToString(), (o, ctx, ct) => { Interlocked.Increment(ref reserved); return ValueTask.CompletedTask; })
            .Then("open-case", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
            {
                Interlocked.Increment(ref attempts);
                if (Volatile.Read(ref broken))
                {
                    throw new ScenarioException("Case type 'fraud' does not exist");
                }

                effects.Add($"case {o.OrderId}");
                return ValueTask.CompletedTask;
            })));

        var envelope = Orders.Event(9) with { CorrelationId = "corr-9" };
        await harness.Inbox.SubmitAsync(envelope);
        await harness.IdleAsync();

        var deadLetter = Assert.Single(await harness.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = "two-steps" }));
        Assert.Equal("open-case", deadLetter.Step);
        Assert.Equal(1, deadLetter.Attempts);
        Assert.False(deadLetter.IsTransient);
        Assert.Equal(typeof(ScenarioException).FullName, deadLetter.ErrorType);
        Assert.Equal("Case type 'fraud' does not exist", deadLetter.ErrorMessage);
        Assert.Equal(envelope, deadLetter.Envelope);
        Assert.Equal(1, attempts);

        Volatile.Write(ref broken, false);
        Assert.True(await harness.DeadLetters.ReplayAsync(deadLetter.Id));
        await harness.IdleAsync();

        Assert.Equal(["case 9"], effects.Entries);
        Assert.Equal(1, reserved);
        Assert.Null(await harness.DeadLetters.GetAsync(deadLetter.Id));
        Assert.False(await harness.DeadLetters.ReplayAsync(deadLetter.Id));
    }

    [Fact]
    public async Task Exhausted_retries_dead_letter_as_transient_and_replay_by_query_selects_only_matches()
    {
        var down = true;
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("down", x => x
                .From(OrderStatus)
                .Then("notify", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
                {
                    if (Volatile.Read(ref down) && o.Status == "Declined")
                    {
                        throw new ScenarioException("503 from Exstream", isTransient: true);
                    }

                    if (o.Status == "Bad")
                    {
                        throw new ArgumentException("bad order");
                    }

                    effects.Add(o.OrderId.ToString());
                    return ValueTask.CompletedTask;
                })),
            o => o.Retry.MaxRetries = 2);

        await harness.Inbox.SubmitAsync([Orders.Event(1), Orders.Event(2), Orders.Event(3, "Bad")]);
        await harness.IdleAsync();

        var transient = await harness.DeadLetters.QueryAsync(new DeadLetterQuery { ErrorType = typeof(ScenarioException).FullName });
        Assert.Equal(2, transient.Count);
        Assert.All(transient, d => Assert.True(d.IsTransient));
        Assert.All(transient, d => Assert.Equal(3, d.Attempts));
        var permanent = Assert.Single(await harness.DeadLetters.QueryAsync(new DeadLetterQuery { ErrorType = typeof(ArgumentException).FullName }));
        Assert.Equal(1, permanent.Attempts);

        Volatile.Write(ref down, false);
        var replayed = await harness.DeadLetters.ReplayAsync(new DeadLetterQuery { Scenario = "down", ErrorType = typeof(ScenarioException).FullName });
        await harness.IdleAsync();

        Assert.Equal(2, replayed);
        Assert.Equal(["1", "2"], effects.Entries.Order(StringComparer.Ordinal));
        Assert.Equal(permanent.Id, Assert.Single(await harness.DeadLetters.QueryAsync(new())).Id);
    }

    [Fact]
    public async Task Duplicate_delivery_gives_one_effect()
    {
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("once", x => x
            .From(OrderStatus)
            .Then("open-case", key: o => $"{o.Store}/{o.OrderId}/{o.Status}", (o, ctx, ct) => { effects.Add(o.OrderId.ToString()); return ValueTask.CompletedTask; })));

        var first = await harness.Inbox.SubmitAsync(Orders.Event(4));
        var sameDelivery = await harness.Inbox.SubmitAsync(Orders.Event(4));
        await harness.IdleAsync();
        var redeliveredWithNewId = await harness.Inbox.SubmitAsync(Orders.Event(4, id: "retry-of-evt-4"));
        await harness.IdleAsync();

        Assert.Equal(new SubmitResult(1, 0), first);
        Assert.Equal(new SubmitResult(0, 1), sameDelivery);
        Assert.Equal(new SubmitResult(1, 0), redeliveredWithNewId);
        Assert.Equal(["4"], effects.Entries);
    }

    [Fact]
    public async Task Malformed_payload_is_dead_lettered_with_a_clear_error_and_the_host_keeps_running()
    {
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("typed", x => x
            .From(OrderStatus)
            .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add(o.OrderId.ToString()); return ValueTask.CompletedTask; })));

        await harness.Inbox.SubmitAsync(new EventEnvelope("broken-1", Orders.Source, Orders.StatusUpdated, """{"Store":"s1","OrderId":"not a number"""));
        await harness.Inbox.SubmitAsync(new EventEnvelope("broken-2", Orders.Source, Orders.StatusUpdated, "null"));
        await harness.Inbox.SubmitAsync(Orders.Event(11));
        await harness.IdleAsync();

        Assert.Equal(["11"], effects.Entries);
        var deadLetters = await harness.DeadLetters.QueryAsync(new DeadLetterQuery { Step = "payload" });
        Assert.Equal(2, deadLetters.Count);
        Assert.All(deadLetters, d => Assert.Equal(typeof(ScenarioPayloadException).FullName, d.ErrorType));
        var malformed = deadLetters.Single(d => d.Envelope.Id == "broken-1");
        Assert.Contains("is not valid OrderEvent JSON", malformed.ErrorMessage);
        Assert.Contains("$.OrderId", malformed.ErrorMessage);
        Assert.Contains("is null", deadLetters.Single(d => d.Envelope.Id == "broken-2").ErrorMessage);
    }

    [Fact]
    public async Task Classification_hook_decides_what_is_transient()
    {
        var attempts = 0;
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("custom", x => x
                .From(OrderStatus)
                .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
                {
                    Interlocked.Increment(ref attempts);
                    throw new InvalidOperationException("409 in progress");
                })),
            o =>
            {
                o.Retry.MaxRetries = 3;
                o.IsTransient = ex => ex.Message.StartsWith("409", StringComparison.Ordinal);
            });

        await harness.Inbox.SubmitAsync(Orders.Event(1));
        await harness.IdleAsync();

        Assert.Equal(4, attempts);
        Assert.True(Assert.Single(await harness.DeadLetters.QueryAsync(new())).IsTransient);
    }

    [Fact]
    public async Task Client_errors_are_retried_only_when_core_marks_them_transient()
    {
        var calls = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("client-errors", x => x
                .From(OrderStatus)
                .Then("call", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
                {
                    calls.Add(o.Status);
                    throw new Connectors.Core.ConnectorException("BigCommerce", o.Status) { IsTransient = o.Status == "429", RetryAfter = TimeSpan.FromMilliseconds(1) };
                })),
            o => o.Retry.MaxRetries = 2);

        await harness.Inbox.SubmitAsync([Orders.Event(1, "429"), Orders.Event(2, "422")]);
        await harness.IdleAsync();

        Assert.Equal(3, calls.Count("429"));
        Assert.Equal(1, calls.Count("422"));
        var deadLetters = await harness.DeadLetters.QueryAsync(new());
        Assert.Equal([true, false], deadLetters.OrderBy(d => d.Envelope.Id, StringComparer.Ordinal).Select(d => d.IsTransient));
    }
}
