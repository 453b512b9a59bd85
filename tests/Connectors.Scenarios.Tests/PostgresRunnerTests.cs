using System.Collections.Concurrent;
using Connectors.Scenarios.PostgreSql;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Tests;

/// <summary>Two runners (two hosts in one process) sharing one PostgreSQL schema: the runner's claim path end to end.</summary>
public sealed class PostgresRunnerTests : IAsyncLifetime
{
    private readonly string _schema = PostgresServer.NewSchema();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await PostgresServer.ScalarAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");

    [Fact]
    public async Task Two_hosts_share_the_work_keep_each_subject_in_order_and_run_each_effect_once()
    {
        const int Subjects = 12;
        const int PerSubject = 25;
        var effects = new ConcurrentDictionary<string, int>();
        var seen = new ConcurrentDictionary<string, ConcurrentQueue<int>>();
        var running = new ConcurrentDictionary<string, int>();
        var byHost = new ConcurrentDictionary<string, int>();
        var overlap = 0;
        var connection = await PostgresServer.ConnectionStringAsync();

        async Task<ScenarioHarness> HostAsync(string id) => await ScenarioHarness.StartAsync(
            s => s.AddScenario("ordered", x => x
                .From(Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent))
                .Then("record", key: o => $"{o.OrderId}/{o.Total}", async (o, ctx, ct) =>
                {
                    var subject = ctx.Envelope.Subject!;
                    if (running.AddOrUpdate(subject, 1, (_, n) => n + 1) > 1)
                    {
                        Interlocked.Increment(ref overlap);
                    }

                    await Task.Delay(Random.Shared.Next(0, 3), ct);
                    effects.AddOrUpdate(ctx.IdempotencyKey!, 1, (_, n) => n + 1);
                    seen.GetOrAdd(subject, _ => new()).Enqueue((int)o.Total);
                    byHost.AddOrUpdate(id, 1, (_, n) => n + 1);
                    running.AddOrUpdate(subject, 0, (_, n) => n - 1);
                })),
            o =>
            {
                o.HostId = id;
                o.MaxConcurrency = 4;
                o.MaxBufferedEvents = 4;
                o.Lease = TimeSpan.FromSeconds(5);
                o.ClaimPollInterval = TimeSpan.FromMilliseconds(200);
            },
            store: _ => new PostgresScenarioStore(connection, new PostgresScenarioStoreOptions { Schema = _schema }));

        await using var a = await HostAsync("host-a");
        await using var b = await HostAsync("host-b");

        // Every batch goes to both hosts' inboxes (a webhook retried against another instance): dedupe keeps one.
        for (var n = 0; n < PerSubject; n++)
        {
            var batch = Enumerable.Range(0, Subjects).Select(s => Orders.Event(s, id: $"{s}-{n}", total: n)).ToList();
            await a.Inbox.SubmitAsync(batch);
            await b.Inbox.SubmitAsync(batch);
        }

        await Eventually.TrueAsync(() => effects.Count == Subjects * PerSubject, "every effect ran");
        await Eventually.TrueAsync(async () => await a.Store.CountQueuedAsync() == 0, "the queue is empty");
        Assert.All(effects, e => Assert.Equal(1, e.Value));
        Assert.Equal(0, overlap);
        Assert.Equal(Subjects, seen.Count);
        Assert.All(seen.Values, order => Assert.Equal(Enumerable.Range(0, PerSubject), order));
        Assert.True(byHost.Count == 2 && byHost.Values.All(v => v >= Subjects * PerSubject / 10), $"both hosts should do a real share: {string.Join(", ", byHost)}");
    }

    [Fact]
    public async Task A_dead_letter_from_one_host_replayed_through_the_other_runs_once_and_did_not_block_its_subject()
    {
        var runs = new ConcurrentDictionary<string, int>();
        var failing = 1;
        var connection = await PostgresServer.ConnectionStringAsync();

        async Task<ScenarioHarness> HostAsync(string id) => await ScenarioHarness.StartAsync(
            s => s.AddScenario("flaky", x => x
                .From(Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent))
                .Then("act", key: o => $"{o.OrderId}/{o.Total}", (o, ctx, ct) =>
                {
                    if (o.Total == 0 && Volatile.Read(ref failing) == 1)
                    {
                        throw new InvalidOperationException("permanent failure");
                    }

                    runs.AddOrUpdate(ctx.IdempotencyKey!, 1, (_, n) => n + 1);
                    return ValueTask.CompletedTask;
                })),
            o =>
            {
                o.HostId = id;
                o.Retry.MaxRetries = 0;
                o.ClaimPollInterval = TimeSpan.FromMilliseconds(200);
            },
            store: _ => new PostgresScenarioStore(connection, new PostgresScenarioStoreOptions { Schema = _schema }));

        var a = await HostAsync("host-a");
        string deadLetterId;
        try
        {
            await a.Inbox.SubmitAsync([Orders.Event(1, id: "first", total: 0), Orders.Event(1, id: "second", total: 1)]);
            await Eventually.TrueAsync(() => runs.Count == 1, "the follower ran after the dead letter");
            deadLetterId = Assert.Single(await a.DeadLetters.QueryAsync(new())).Id;
        }
        finally
        {
            // Host A goes away: the replay must be taken by host B.
            await a.DisposeAsync();
        }

        await using var b = await HostAsync("host-b");
        Volatile.Write(ref failing, 0);
        Assert.True(await b.DeadLetters.ReplayAsync(deadLetterId));

        await Eventually.TrueAsync(() => runs.Count == 2, "the replayed event ran");
        await b.IdleAsync();
        Assert.All(runs, r => Assert.Equal(1, r.Value));
        Assert.Empty(await b.DeadLetters.QueryAsync(new()));
    }
}
