using System.Collections.Concurrent;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.PostgreSql;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Tests.TestSupport;
using Xunit.Abstractions;

namespace Connectors.Scenarios.Tests;

/// <summary>
/// What only the shared store must do: hosts (here: separate store instances, each with its own connection pool, on
/// one schema) competing for events without breaking per-subject order, leases that run out, fencing, dedupe
/// under concurrency, hand-over, singletons, effect locks and wake-ups across hosts.
/// </summary>
public sealed class PostgresStoreTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly string _schema = PostgresServer.NewSchema();
    private readonly List<PostgresScenarioStore> _stores = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await PostgresServer.ScalarAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }

    [Fact]
    public async Task Schema_is_created_once_with_its_version_and_again_is_harmless()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => HostAsync()));

        Assert.Equal(PostgresScenarioStore.SchemaVersion, Convert.ToInt32(await PostgresServer.ScalarAsync($"SELECT max(version) FROM {_schema}.schema_version")));
        Assert.Equal(1L, await PostgresServer.ScalarAsync($"SELECT count(*) FROM {_schema}.schema_version"));
    }

    [Fact]
    public async Task Only_the_head_of_each_subject_is_claimable_and_completion_hands_over_the_next()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        await a.EnqueueAsync([Event("s", "A1", "A"), Event("s", "B1", "B"), Event("s", "A2", "A"), Event("s", "N1", null), Event("s", "A3", "A")], null, T0);

        var claimedByA = await a.ClaimAsync("A", 10, Lease);
        Assert.Equal(["A1", "B1", "N1"], claimedByA.Select(q => q.Envelope.Id));
        Assert.Empty(await b.ClaimAsync("B", 10, Lease));

        var settled = await a.CompleteAsync(claimedByA[0].Sequence, "A", Lease);
        Assert.True(settled.Owned);
        Assert.Equal("A2", settled.Next?.Envelope.Id);
        Assert.Empty(await b.ClaimAsync("B", 10, Lease));
        Assert.Equal(0, await a.CountBrokenSubjectsAsync());

        var last = await a.CompleteAsync(settled.Next!.Sequence, "A", Lease);
        Assert.Equal("A3", last.Next?.Envelope.Id);
        Assert.Null((await a.CompleteAsync(claimedByA[2].Sequence, "A", Lease)).Next);
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_the_old_owner_is_fenced()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        await a.EnqueueAsync([Event("s", "A1", "A"), Event("s", "A2", "A"), Event("s", "B1", "B")], null, T0);
        var held = await a.ClaimAsync("A", 10, TimeSpan.FromMilliseconds(200));
        Assert.Equal(["A1", "B1"], held.Select(q => q.Envelope.Id));
        Assert.Empty(await b.ClaimAsync("B", 10, Lease));

        await Task.Delay(400);
        var takenOver = await b.ClaimAsync("B", 10, Lease);

        Assert.Equal(["A1", "B1"], takenOver.Select(q => q.Envelope.Id));
        Assert.Equal(2, Convert.ToInt32(await PostgresServer.ScalarAsync($"SELECT max(deliveries) FROM {_schema}.queue")));
        Assert.Equal([held[0].Sequence, held[1].Sequence], await a.RenewAsync("A", [held[0].Sequence, held[1].Sequence], Lease));
        var fenced = await a.CompleteAsync(held[0].Sequence, "A", Lease);
        Assert.False(fenced.Owned);
        Assert.Null(fenced.Next);
        Assert.False((await a.DeadLetterAsync(held[1].Sequence, "A", DeadLetterFor(held[1], "dl-zombie"), Lease)).Owned);
        Assert.Null(await a.GetDeadLetterAsync("dl-zombie"));
        Assert.Equal(3, await a.CountQueuedAsync());

        var byNewOwner = await b.CompleteAsync(takenOver[0].Sequence, "B", Lease);
        Assert.True(byNewOwner.Owned);
        Assert.Equal("A2", byNewOwner.Next?.Envelope.Id);
    }

    [Fact]
    public async Task A_renewed_lease_keeps_the_event_and_a_release_frees_it_at_once()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        await a.EnqueueAsync([Event("s", "A1", "A")], null, T0);
        var held = Assert.Single(await a.ClaimAsync("A", 10, TimeSpan.FromMilliseconds(300)));

        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(150);
            Assert.Empty(await a.RenewAsync("A", [held.Sequence], TimeSpan.FromMilliseconds(300)));
            Assert.Empty(await b.ClaimAsync("B", 10, Lease));
        }

        await a.ReleaseAsync("A", [held.Sequence]);
        Assert.Equal("A1", Assert.Single(await b.ClaimAsync("B", 10, Lease)).Envelope.Id);
    }

    [Fact]
    public async Task The_same_key_enqueued_by_many_hosts_at_once_is_accepted_once()
    {
        var hosts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => HostAsync()));
        var accepted = 0;

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            var events = Enumerable.Range(0, 20).Select(k => Event("s", $"k{k}", $"subject-{k % 3}")).ToList();
            Interlocked.Add(ref accepted, await hosts[i % hosts.Length].EnqueueAsync(events, null, T0));
        }));

        Assert.Equal(20, accepted);
        Assert.Equal(20, await hosts[0].CountQueuedAsync());
        Assert.Equal(0, await hosts[0].CountBrokenSubjectsAsync());
    }

    [Fact]
    public async Task Dead_lettering_hands_over_the_subject_and_replay_puts_the_event_behind_it()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        await a.EnqueueAsync([Event("s", "A1", "A"), Event("s", "A2", "A")], null, T0);
        var first = Assert.Single(await a.ClaimAsync("A", 10, Lease));

        var settled = await a.DeadLetterAsync(first.Sequence, "A", DeadLetterFor(first, "dl-1"), Lease);
        Assert.True(settled.Owned);
        Assert.Equal("A2", settled.Next?.Envelope.Id);

        Assert.Equal(1, await b.ReplayAsync(["dl-1"], T0.AddMinutes(1)));
        Assert.Empty(await b.ClaimAsync("B", 10, Lease));
        Assert.Equal(0, await a.CountBrokenSubjectsAsync());
        var afterA2 = await a.CompleteAsync(settled.Next!.Sequence, "A", Lease);
        Assert.Equal("A1", afterA2.Next?.Envelope.Id);

        // A replayed event of an idle subject is claimable at once, by any host.
        var deadAgain = await a.DeadLetterAsync(afterA2.Next!.Sequence, "A", DeadLetterFor(afterA2.Next, "dl-2"), Lease);
        Assert.Null(deadAgain.Next);
        Assert.Equal(1, await b.ReplayAsync(["dl-2"], T0.AddMinutes(2)));
        Assert.Equal("A1", Assert.Single(await b.ClaimAsync("B", 10, Lease)).Envelope.Id);
    }

    [Fact]
    public async Task Completions_sent_together_are_each_fenced_by_their_own_owner_and_hand_over_their_own_subject()
    {
        var a = await HostAsync();
        var b = await HostAsync();

        // S0's first event: claimed by A on a short lease that runs out, then taken over by B.
        await a.EnqueueAsync([Event("s", "S0-1", "S0"), Event("s", "S0-2", "S0")], null, T0);
        var lost = Assert.Single(await a.ClaimAsync("A", 10, TimeSpan.FromMilliseconds(200)));
        await Task.Delay(400);
        Assert.Equal(lost.Sequence, Assert.Single(await b.ClaimAsync("B", 10, Lease)).Sequence);

        // Eleven more subjects of two events each (and one without a subject), held by A.
        var subjects = Enumerable.Range(1, 11).Select(i => $"S{i}").ToList();
        await a.EnqueueAsync([.. subjects.Select(s => Event("s", s + "-1", s)), Event("s", "N-1", null), .. subjects.Select(s => Event("s", s + "-2", s))], null, T0);
        var held = await a.ClaimAsync("A", 20, Lease);
        Assert.Equal(12, held.Count);

        // All at once from one store: those that arrive while the first is on its way go to the server together.
        var all = held.Prepend(lost).ToList();
        var settled = await Task.WhenAll(all.Select(q => a.CompleteAsync(q.Sequence, "A", Lease).AsTask()));

        Assert.False(settled[0].Owned);
        Assert.Null(settled[0].Next);
        for (var i = 1; i < all.Count; i++)
        {
            Assert.True(settled[i].Owned);
            var subject = all[i].Envelope.Subject;
            Assert.Equal(subject is null ? null : subject + "-2", settled[i].Next?.Envelope.Id);
        }

        Assert.Equal(0, await a.CountBrokenSubjectsAsync());
        Assert.Empty(await b.ClaimAsync("B", 20, Lease));

        // B still owns S0-1: completing it hands S0-2 to B; A's handed-over events are A's to complete.
        Assert.Equal("S0-2", (await b.CompleteAsync(lost.Sequence, "B", Lease)).Next?.Envelope.Id);
        Assert.All(await Task.WhenAll(settled.Skip(1).Where(s => s.Next is not null).Select(s => b.CompleteAsync(s.Next!.Sequence, "B", Lease).AsTask())), s => Assert.False(s.Owned));
        Assert.All(await Task.WhenAll(settled.Skip(1).Where(s => s.Next is not null).Select(s => a.CompleteAsync(s.Next!.Sequence, "A", Lease).AsTask())), s => Assert.True(s.Owned));
        Assert.Equal(1L, await a.CountQueuedAsync());
    }

    [Fact]
    public async Task A_singleton_has_one_holder_until_its_lease_runs_out()
    {
        var a = await HostAsync();
        var b = await HostAsync();

        Assert.True(await a.TryHoldAsync("poll:orders", "A", TimeSpan.FromMilliseconds(300)));
        Assert.False(await b.TryHoldAsync("poll:orders", "B", TimeSpan.FromMilliseconds(300)));
        Assert.True(await b.TryHoldAsync("purge", "B", Lease));
        Assert.True(await a.TryHoldAsync("poll:orders", "A", TimeSpan.FromMilliseconds(300)));

        await Task.Delay(500);
        Assert.True(await b.TryHoldAsync("poll:orders", "B", Lease));
        Assert.False(await a.TryHoldAsync("poll:orders", "A", Lease));
    }

    [Fact]
    public async Task The_effect_lock_excludes_other_hosts_until_disposed()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        var held = await a.LockEffectAsync("s", "open-case", "order-1");

        var waiting = b.LockEffectAsync("s", "open-case", "order-1").AsTask();
        var other = await b.LockEffectAsync("s", "open-case", "order-2");
        await other.DisposeAsync();
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task A_saved_effect_is_committed_before_its_lock_passes_to_the_next_host()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        var held = await a.LockEffectAsync("s", "open-case", "order-1");
        Assert.Null(held.Completed);

        var waiting = b.LockEffectAsync("s", "open-case", "order-1").AsTask();
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        // Journal write, commit and unlock in one round trip: the waiting host must see the entry when it gets the lock.
        await held.SaveAsync(new StepCompletion("s", "open-case", "order-1", """{"CaseId":"c1"}""", T0));
        await using (var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            Assert.Equal("""{"CaseId":"c1"}""", next.Completed?.Output);
        }

        await held.DisposeAsync();
        await (await b.LockEffectAsync("s", "open-case", "order-1").AsTask().WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task A_cancelled_wait_for_the_effect_lock_leaves_no_lock_behind()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        var held = await a.LockEffectAsync("s", "open-case", "order-1");
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await b.LockEffectAsync("s", "open-case", "order-1", cancel.Token));
        }

        await held.DisposeAsync();

        // Pooled connections are not reset between uses: had the cancelled wait kept a lock, this would hang.
        for (var i = 0; i < 3; i++)
        {
            await (await a.LockEffectAsync("s", "open-case", "order-1").AsTask().WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
            await (await b.LockEffectAsync("s", "open-case", "order-1").AsTask().WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_watching_host_is_woken_by_another_hosts_enqueue()
    {
        var a = await HostAsync();
        var b = await HostAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var wakeUps = b.WatchAsync(cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await wakeUps.MoveNextAsync()); // listening

        var next = wakeUps.MoveNextAsync().AsTask();
        await Task.Delay(100);
        Assert.False(next.IsCompleted);
        await a.EnqueueAsync([Event("s", "A1", "A")], null, T0);

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_checkpoint_never_moves_backwards()
    {
        var a = await HostAsync();
        await a.EnqueueAsync([], new PollCheckpoint("orders", "2026-01-02T00:00:00.0000000+00:00"), T0);
        await a.EnqueueAsync([], new PollCheckpoint("orders", "2026-01-01T00:00:00.0000000+00:00"), T0);
        Assert.Equal("2026-01-02T00:00:00.0000000+00:00", await a.GetCheckpointAsync("orders"));

        await a.EnqueueAsync([], new PollCheckpoint("orders", "2026-01-03T01:00:00.0000000+01:00"), T0);
        Assert.Equal("2026-01-03T01:00:00.0000000+01:00", await a.GetCheckpointAsync("orders"));
    }

    [Fact]
    public async Task Concurrent_enqueuers_and_claimers_keep_every_subject_in_order_and_complete_each_event_once()
    {
        const int Enqueuers = 8;
        const int Workers = 4;

        // A worker follows each claimed event's subject through its hand-overs before it settles the rest of its
        // batch, for as long as the enqueuers feed that subject: under a loaded suite that outlasted the 30 s lease and
        // another worker rightly took the rest over. Lease expiry has tests of its own; here no lease may run out.
        var lease = TimeSpan.FromMinutes(10);
        var hosts = await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => HostAsync()));
        var completed = new ConcurrentDictionary<string, int>();
        var perSubject = new ConcurrentDictionary<string, ConcurrentQueue<int>>();
        var enqueued = 0;
        var brokenSeen = 0L;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var enqueuing = true;

        var enqueuers = Enumerable.Range(0, Enqueuers).Select(e => Task.Run(async () =>
        {
            var store = hosts[e % hosts.Length];
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                // Each enqueuer owns its subjects, so the order it sends them in is their order.
                var batch = Enumerable.Range(0, 16).Select(i => Event("s", $"e{e}-{n}-{i}", $"e{e}-subject-{i % 5}", payload: $"{n * 16 + i}")).ToList();
                Interlocked.Add(ref enqueued, await store.EnqueueAsync(batch, null, T0));
            }
        })).ToList();

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var store = hosts[w];
            var owner = $"w{w}";
            while (Volatile.Read(ref enqueuing) || await store.CountQueuedAsync() > 0)
            {
                var claimed = await store.ClaimAsync(owner, 8, lease);
                if (claimed.Count == 0)
                {
                    await Task.Delay(5);
                    continue;
                }

                foreach (var first in claimed)
                {
                    for (QueuedEvent? current = first; current is { } q;)
                    {
                        completed.AddOrUpdate(q.Envelope.Id, 1, (_, c) => c + 1);
                        perSubject.GetOrAdd(q.Envelope.Subject!, _ => new()).Enqueue(int.Parse(q.Envelope.Payload, System.Globalization.CultureInfo.InvariantCulture));
                        var settled = await store.CompleteAsync(q.Sequence, owner, lease);
                        Assert.True(settled.Owned);
                        current = settled.Next;
                    }
                }
            }
        })).ToList();

        var checker = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Interlocked.Add(ref brokenSeen, await hosts[0].CountBrokenSubjectsAsync());
                await Task.Delay(50);
            }
        });

        await Task.WhenAll(enqueuers);
        await checker;
        Volatile.Write(ref enqueuing, false);
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"{enqueued} events enqueued and completed");

        Assert.True(enqueued > 500, $"the run should have moved a real load ({enqueued} events)");
        Assert.Equal(0, brokenSeen);
        Assert.Equal(0, await hosts[0].CountBrokenSubjectsAsync());
        Assert.Equal(0, await hosts[0].CountQueuedAsync());
        Assert.Equal(enqueued, completed.Count);
        Assert.All(completed, c => Assert.Equal(1, c.Value));
        Assert.All(perSubject.Values, order => Assert.Equal(order.Order(), order));
    }

    private static StoredEvent Event(string scenario, string id, string? subject, string payload = "{}")
        => new(scenario, new EventEnvelope(id, "test", "test.event", payload) { Subject = subject });

    private static DeadLetter DeadLetterFor(QueuedEvent queued, string id) => new()
    {
        Id = id,
        Scenario = queued.Scenario,
        Step = "step",
        Envelope = queued.Envelope,
        ErrorType = "System.InvalidOperationException",
        ErrorMessage = "boom",
        Attempts = 1,
        IsTransient = false,
        FailedAt = T0,
    };

    private async Task<PostgresScenarioStore> HostAsync()
    {
        var store = await PostgresServer.NewStoreAsync(_schema);
        lock (_stores)
        {
            _stores.Add(store);
        }

        return store;
    }
}
