using System.Runtime.CompilerServices;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Scenarios.Tests;

public sealed class PollingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Poller_runs_on_its_schedule_and_reads_from_its_checkpoint()
    {
        var time = new FakeTimeProvider(T0);
        var source = new OrderSource();
        source.Add(1, T0.AddMinutes(-10));
        source.Add(2, T0.AddMinutes(-5));
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("import", x => x
                .From(source.Trigger(TimeSpan.FromMinutes(1)))
                .Then("import", key: o => $"{o.OrderId}@{o.Total}", (o, ctx, ct) => { effects.Add($"{o.OrderId}@{o.Total}"); return ValueTask.CompletedTask; })),
            services: s => s.AddSingleton<TimeProvider>(time));

        await Eventually.TrueAsync(() => effects.Entries.Count == 2, "the first poll at start-up");
        Assert.Equal([null], source.Calls);

        source.Add(3, T0.AddMinutes(1), total: 1);
        source.Add(1, T0.AddMinutes(2), total: 1);
        await Eventually.TrueAsync(() => effects.Entries.Count == 4, "the next poll, one interval later", () => time.Advance(TimeSpan.FromMinutes(1)));

        Assert.Equal([null, T0.AddMinutes(-5)], source.Calls.Take(2));
        Assert.Equal(["1@0", "1@1", "2@0", "3@1"], effects.Entries.Order(StringComparer.Ordinal));
        Assert.Equal(T0.AddMinutes(2).ToString("O"), await harness.Store.GetCheckpointAsync("orders"));
    }

    [Fact]
    public async Task Checkpoint_does_not_move_when_the_poll_fails_and_boundary_items_are_not_doubled()
    {
        var source = new OrderSource();
        source.Add(1, T0);
        source.Add(2, T0.AddMinutes(1));
        source.FailAfter = 1;
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("import", x => x
                .From(source.Trigger(TimeSpan.FromMinutes(1)))
                .Then("import", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add(o.OrderId.ToString()); return ValueTask.CompletedTask; })),
            o => o.RunPollers = false);

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Runner.PollAsync("orders"));
        Assert.Null(await harness.Store.GetCheckpointAsync("orders"));

        source.FailAfter = null;
        Assert.Equal(2, await harness.Runner.PollAsync("orders"));
        Assert.Equal(0, await harness.Runner.PollAsync("orders"));
        await harness.IdleAsync();

        Assert.Equal([null, null, T0.AddMinutes(1)], source.Calls);
        Assert.Equal(["1", "2"], effects.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Webhook_and_its_poll_twin_produce_one_effect()
    {
        var source = new OrderSource();
        source.Add(8, T0);
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("twin", x => x
                .From(Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent), source.Trigger(TimeSpan.FromMinutes(5)))
                .Then("open-case", key: o => $"{o.Store}/{o.OrderId}", (o, ctx, ct) => { effects.Add(ctx.Envelope.Id); return ValueTask.CompletedTask; })),
            o => o.RunPollers = false);

        await harness.Inbox.SubmitAsync(Orders.Event(8));
        await harness.IdleAsync();
        await harness.Runner.PollAsync("orders");
        await harness.IdleAsync();

        Assert.Equal(["evt-8-Declined"], effects.Entries);
        Assert.Equal(0, await harness.Store.CountQueuedAsync());
    }

    [Fact]
    public async Task Poll_query_reads_the_hosts_services_from_a_fresh_scope_per_poll()
    {
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("import", x => x
                .From(Trigger.Poll(
                    "scoped-orders",
                    Orders.Source,
                    Orders.StatusUpdated,
                    TestJson.Default.OrderEvent,
                    modifiedSince: (services, since, ct) => services.GetRequiredService<ScopedOrders>().ReadAsync(ct),
                    subject: o => o.OrderId.ToString(),
                    modifiedAt: o => T0.AddMinutes(o.OrderId)))
                .Then("import", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add(o.OrderId.ToString()); return ValueTask.CompletedTask; })),
            o => o.RunPollers = false,
            services: s => s.AddScoped<ScopedOrders>());

        await harness.Runner.PollAsync("scoped-orders");
        await harness.Runner.PollAsync("scoped-orders");
        await harness.IdleAsync();

        Assert.Equal(["1", "2"], effects.Entries.Order(StringComparer.Ordinal));
        Assert.Equal(2, ScopedOrders.Created);
    }

    [Fact]
    public async Task A_pollers_events_go_only_to_the_scenarios_that_list_it()
    {
        var first = new OrderSource();
        var second = new OrderSource("orders-again");
        first.Add(5, T0);
        second.Add(5, T0);
        var seen = new EffectLog();
        ValueTask See(string scenario, StepContext ctx)
        {
            seen.Add(scenario + ":" + ctx.Envelope.Id);
            return ValueTask.CompletedTask;
        }

        await using var harness = await ScenarioHarness.StartAsync(
            s => s
                .AddScenario("a", x => x.From(first.Trigger(TimeSpan.FromMinutes(1))).Tap("see", (o, ctx, ct) => See("a", ctx)))
                .AddScenario("b", x => x.From(second.Trigger(TimeSpan.FromMinutes(1))).Tap("see", (o, ctx, ct) => See("b", ctx)))
                .AddScenario("hooks-only", x => x.From(Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent)).Tap("see", (o, ctx, ct) => See("hooks-only", ctx))),
            o => o.RunPollers = false);

        Assert.Equal(1, await harness.Runner.PollAsync("orders"));
        Assert.Equal(1, await harness.Runner.PollAsync("orders-again"));
        await harness.IdleAsync();

        var id = $"{Orders.Source}/{Orders.StatusUpdated}/s1/5/{T0.UtcDateTime:O}";
        Assert.Equal(["a:" + id, "b:" + id], seen.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknown_poller_name_is_an_argument_error()
    {
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("x", x => x.From(new OrderSource().Trigger(TimeSpan.FromMinutes(1))).Then("a", key: o => "k", (o, ctx, ct) => ValueTask.CompletedTask)),
            o => o.RunPollers = false);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Runner.PollAsync("nope"));

        Assert.Contains("'nope'", error.Message);
    }

    /// <summary>A scoped service; each instance serves one poll, so two polls prove two scopes.</summary>
    private sealed class ScopedOrders
    {
        private static int _created;

        public ScopedOrders() => Interlocked.Increment(ref _created);

        public static int Created => Volatile.Read(ref _created);

        public async IAsyncEnumerable<OrderEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new OrderEvent("s1", Created, "Declined", 0);
        }
    }

    /// <summary>A fake "orders modified since" API.</summary>
    private sealed class OrderSource(string name = "orders")
    {
        private readonly List<(OrderEvent Order, DateTimeOffset Modified)> _items = [];

        public List<DateTimeOffset?> Calls { get; } = [];

        public int? FailAfter { get; set; }

        public void Add(int id, DateTimeOffset modified, decimal total = 0)
        {
            lock (_items)
            {
                _items.Add((new OrderEvent("s1", id, "Declined", total), modified));
            }
        }

        public PollTrigger<OrderEvent> Trigger(TimeSpan interval) => Triggers.Trigger.Poll(
            name: name,
            source: Orders.Source,
            type: Orders.StatusUpdated,
            payload: TestJson.Default.OrderEvent,
            modifiedSince: QueryAsync,
            subject: o => $"{o.Store}/{o.OrderId}",
            modifiedAt: o => Modified(o),
            interval: interval);

        private DateTimeOffset Modified(OrderEvent order)
        {
            lock (_items)
            {
                return _items.Last(i => i.Order == order).Modified;
            }
        }

        private async IAsyncEnumerable<OrderEvent> QueryAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            List<(OrderEvent Order, DateTimeOffset Modified)> page;
            lock (_items)
            {
                Calls.Add(since);
                page = [.. _items.Where(i => since is null || i.Modified >= since).OrderBy(i => i.Modified)];
            }

            var yielded = 0;
            foreach (var item in page)
            {
                if (yielded++ == FailAfter)
                {
                    throw new HttpRequestException("connection reset");
                }

                await Task.Yield();
                yield return item.Order;
            }
        }
    }
}
