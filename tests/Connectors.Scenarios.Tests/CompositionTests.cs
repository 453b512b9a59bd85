using Connectors.Scenarios.Building;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Scenarios.Tests;

public sealed class CompositionTests
{
    private static readonly WebhookTrigger<OrderEvent> OrderStatus = Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent);

    [Fact]
    public async Task Values_flow_typed_through_where_enrich_map_and_then()
    {
        var created = new EffectLog();
        var flowBack = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("order-exception", x => x
            .From(OrderStatus)
            .Where(o => o.Status == "Declined")
            .Enrich("load-customer", (o, ctx, ct) => ValueTask.FromResult(new EnrichedOrder(o, $"buyer{o.OrderId}@example.com")))
            .Map(e => new CaseDraft($"Declined payment for {e.CustomerEmail}", $"{e.Order.Store}/{e.Order.OrderId}"))
            .Then("open-case", key: d => d.OrderRef, (d, ctx, ct) =>
            {
                created.Add($"{d.Title}|{ctx.CorrelationId}");
                return ValueTask.FromResult(new CaseCreated($"case-{d.OrderRef}", d.OrderRef));
            }, TestJson.Default.CaseCreated)
            .Then("note-on-order", key: c => c.OrderRef, (c, ctx, ct) =>
            {
                flowBack.Add(c.CaseId);
                return ValueTask.CompletedTask;
            })));

        await harness.Inbox.SubmitAsync(Orders.Event(7) with { CorrelationId = "corr-7" });
        await harness.IdleAsync();

        Assert.Equal(["Declined payment for buyer7@example.com|corr-7"], created.Entries);
        Assert.Equal(["case-s1/7"], flowBack.Entries);
        Assert.Equal(0, await harness.Store.CountQueuedAsync());
    }

    [Fact]
    public async Task Journaled_result_is_replayed_when_the_step_is_skipped()
    {
        var opened = 0;
        var flowBack = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("open-then-note", x => x
            .From(OrderStatus)
            .Then("open-case", key: o => $"{o.Store}/{o.OrderId}", (o, ctx, ct) =>
            {
                Interlocked.Increment(ref opened);
                return ValueTask.FromResult(new CaseCreated($"case-{o.OrderId}-{ctx.Envelope.Id}", o.OrderId.ToString()));
            }, TestJson.Default.CaseCreated)
            .Then("note-on-order", key: c => c.CaseId, (c, ctx, ct) =>
            {
                flowBack.Add(c.CaseId);
                return ValueTask.CompletedTask;
            })));

        // Two different deliveries about the same order: the case is opened once and both see its id.
        await harness.Inbox.SubmitAsync(Orders.Event(1, id: "first"));
        await harness.IdleAsync();
        await harness.Inbox.SubmitAsync(Orders.Event(1, id: "second"));
        await harness.IdleAsync();

        Assert.Equal(1, opened);
        Assert.Equal(["case-1-first"], flowBack.Entries);
    }

    [Fact]
    public async Task Filtered_events_complete_without_effect()
    {
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("declined-only", x => x
            .From(OrderStatus)
            .Where(o => o.Status == "Declined")
            .Where(o => o.Total >= 100)
            .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
            {
                effects.Add(o.OrderId.ToString());
                return ValueTask.CompletedTask;
            })));

        await harness.Inbox.SubmitAsync([
            Orders.Event(1, "Shipped", total: 500),
            Orders.Event(2, "Declined", total: 50),
            Orders.Event(3, "Declined", total: 150),
        ]);
        await harness.IdleAsync();

        Assert.Equal(["3"], effects.Entries);
        Assert.Equal(0, await harness.Store.CountQueuedAsync());
        Assert.Empty(await harness.DeadLetters.QueryAsync(new()));
    }

    [Fact]
    public async Task Inbox_routes_by_source_and_type_including_prefix_wildcards()
    {
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s
            .AddScenario("status-only", x => x
                .From(OrderStatus)
                .Then("a", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add($"status:{ctx.Envelope.Type}"); return ValueTask.CompletedTask; }))
            .AddScenario("any-order-event", x => x
                .From(Trigger.Webhook(Orders.Source, "store/order/*", TestJson.Default.OrderEvent))
                .Then("b", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add($"any:{ctx.Envelope.Type}"); return ValueTask.CompletedTask; })));

        var both = await harness.Inbox.SubmitAsync(Orders.Event(1));
        var one = await harness.Inbox.SubmitAsync(Orders.Event(2) with { Id = "c", Type = "store/order/created" });
        var none = await harness.Inbox.SubmitAsync(Orders.Event(3) with { Id = "d", Source = "other" });
        await harness.IdleAsync();

        Assert.Equal(new SubmitResult(2, 0), both);
        Assert.Equal(new SubmitResult(1, 0), one);
        Assert.True(none.IsUnrouted);
        Assert.Equal(
            ["any:store/order/created", "any:store/order/statusUpdated", "status:store/order/statusUpdated"],
            effects.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Route_sends_each_value_down_the_first_matching_branch()
    {
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("exceptions", x => x
            .From(OrderStatus)
            .Route(r => r
                .When(o => o.Status == "Declined", b => b
                    .Then("payment-case", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add($"payment:{o.OrderId}"); return ValueTask.CompletedTask; }))
                .When(o => o.Status == "Manual Verification Required", b => b
                    .Where(o => o.Total > 100)
                    .Then("fraud-case", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add($"fraud:{o.OrderId}"); return ValueTask.CompletedTask; }))
                .Otherwise(b => b
                    .Tap("audit", (o, ctx, ct) => { effects.Add($"other:{o.OrderId}"); return ValueTask.CompletedTask; })))));

        await harness.Inbox.SubmitAsync([
            Orders.Event(1, "Declined"),
            Orders.Event(2, "Manual Verification Required", total: 500),
            Orders.Event(3, "Manual Verification Required", total: 5),
            Orders.Event(4, "Shipped"),
        ]);
        await harness.IdleAsync();

        Assert.Equal(["fraud:2", "other:4", "payment:1"], effects.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failing_tap_is_ignored()
    {
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("tapped", x => x
            .From(OrderStatus)
            .Tap("broken-audit", (o, ctx, ct) => throw new InvalidOperationException("audit sink down"))
            .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add("done"); return ValueTask.CompletedTask; })));

        await harness.Inbox.SubmitAsync(Orders.Event(1));
        await harness.IdleAsync();

        Assert.Equal(["done"], effects.Entries);
        Assert.Empty(await harness.DeadLetters.QueryAsync(new()));
    }

    [Fact]
    public async Task Idempotency_key_is_stable_and_differs_per_step_and_key()
    {
        var keys = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario("keys", x => x
            .From(OrderStatus)
            .Then("one", key: o => o.OrderId.ToString(), (o, ctx, ct) => { keys.Add(ctx.IdempotencyKey!); return ValueTask.CompletedTask; })
            .Then("two", key: o => o.OrderId.ToString(), (o, ctx, ct) => { keys.Add(ctx.IdempotencyKey!); return ValueTask.CompletedTask; })));

        await harness.Inbox.SubmitAsync([Orders.Event(1), Orders.Event(2)]);
        await harness.IdleAsync();

        Assert.Equal(4, keys.Entries.Distinct().Count());
        Assert.Contains(StepContext.ComputeIdempotencyKey("keys", "one", "1"), keys.Entries);
        Assert.All(keys.Entries, k => Assert.Equal(32, k.Length));
    }

    [Fact]
    public void Definition_mistakes_fail_at_registration()
    {
        var services = new ServiceCollection();
        var builder = services.AddScenarios().UseInMemoryStore();

        var duplicateStep = Assert.Throws<InvalidOperationException>(() => builder.AddScenario("dup", x => x
            .From(OrderStatus)
            .Then("same", key: o => "k", (o, ctx, ct) => ValueTask.CompletedTask)
            .Then("same", key: o => "k", (o, ctx, ct) => ValueTask.CompletedTask)));
        Assert.Contains("already has a step named 'same'", duplicateStep.Message);

        var foreign = Assert.Throws<InvalidOperationException>(() => builder.AddScenario("mine", _ => new ScenarioStart("other").From(OrderStatus)));
        Assert.Contains("must return the pipeline", foreign.Message);
    }

    [Fact]
    public async Task A_missing_store_is_a_clear_start_up_error()
    {
        var services = new ServiceCollection();
        services.AddScenarios().AddScenario("x", x => x.From(OrderStatus).Then("a", key: o => "k", (o, ctx, ct) => ValueTask.CompletedTask));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IScenarioInbox>());

        Assert.Contains("UseSqliteStore", error.Message);
    }

    [Fact]
    public async Task Envelope_without_required_fields_or_with_an_oversized_payload_is_refused()
    {
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("x", x => x.From(OrderStatus).Then("a", key: o => "k", (o, ctx, ct) => ValueTask.CompletedTask)),
            o => o.MaxPayloadLength = 100);

        var missing = await Assert.ThrowsAsync<Errors.ScenarioEnvelopeException>(() => harness.Inbox.SubmitAsync(new EventEnvelope("", Orders.Source, Orders.StatusUpdated, "{}")).AsTask());
        var large = await Assert.ThrowsAsync<Errors.ScenarioEnvelopeException>(() => harness.Inbox.SubmitAsync(new EventEnvelope("big", Orders.Source, Orders.StatusUpdated, new string(' ', 101))).AsTask());

        Assert.Contains("id, source or type", missing.Message);
        Assert.Contains("limit is 100", large.Message);
        Assert.Equal(0, await harness.Store.CountQueuedAsync());
    }
}
