using Connectors.Scenarios.Events;
using Connectors.Scenarios.Sqlite;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Tests.TestSupport;

namespace Connectors.Scenarios.Tests;

/// <summary>The same behaviour from every store: inbox, claims, journal, dead letters, checkpoints, purge.</summary>
public sealed class StoreContractTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("scenarios-store-").FullName;
    private readonly List<IScenarioStore> _stores = [];

    public static TheoryData<string> Stores => ["memory", "sqlite", "postgres"];

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Enqueue_drops_duplicates_and_claims_in_sequence_order(string kind)
    {
        var store = await CreateAsync(kind);

        var first = await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2"), Stored("b", "e1")], null, T0);
        var again = await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e3")], null, T0);
        var firstTwo = await store.ClaimAsync("A", 2, Lease);
        var rest = await store.ClaimAsync("A", 10, Lease);

        Assert.Equal(3, first);
        Assert.Equal(1, again);
        Assert.Equal(["a/e1", "a/e2"], firstTwo.Select(q => $"{q.Scenario}/{q.Envelope.Id}"));
        Assert.Equal(["b/e1", "a/e3"], rest.Select(q => $"{q.Scenario}/{q.Envelope.Id}"));
        var all = firstTwo.Concat(rest).ToList();
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(T0, all[0].EnqueuedAt);
        Assert.Empty(await store.ClaimAsync("A", 10, Lease));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Envelope_round_trips_with_every_field(string kind)
    {
        var store = await CreateAsync(kind);
        var envelope = new EventEnvelope("id-1", "src", "type", """{"x":"é\n"}""")
        {
            Subject = "order/1",
            OccurredAt = T0,
            CorrelationId = "corr",
            CausationId = "cause",
            IdempotencyKey = "idem",
            TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        };

        await store.EnqueueAsync([new StoredEvent("s", envelope)], null, T0);

        Assert.Equal(envelope, Assert.Single(await store.ClaimAsync("A", 5, Lease)).Envelope);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_claimed_event_is_not_handed_to_another_owner(string kind)
    {
        var store = await CreateAsync(kind);
        await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2"), Stored("a", "e3")], null, T0);

        var a = await store.ClaimAsync("A", 2, Lease);
        var b = await store.ClaimAsync("B", 10, Lease);

        Assert.Equal(["e1", "e2"], a.Select(q => q.Envelope.Id));
        Assert.Equal(["e3"], b.Select(q => q.Envelope.Id));
        Assert.Empty(await store.ClaimAsync("B", 10, Lease));
        Assert.Equal(3, await store.CountQueuedAsync());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Complete_is_fenced_by_owner_and_removes_from_the_queue(string kind)
    {
        var store = await CreateAsync(kind);
        await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2")], null, T0);
        var claimed = await store.ClaimAsync("A", 10, Lease);

        var byOther = await store.CompleteAsync(claimed[0].Sequence, "B", Lease);
        Assert.False(byOther.Owned);
        Assert.Equal(2, await store.CountQueuedAsync());

        var byOwner = await store.CompleteAsync(claimed[0].Sequence, "A", Lease);
        Assert.True(byOwner.Owned);
        Assert.Null(byOwner.Next);
        Assert.Equal(1, await store.CountQueuedAsync());
        Assert.False((await store.CompleteAsync(claimed[0].Sequence, "A", Lease)).Owned);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Released_events_are_claimed_again_in_order_and_renewal_reports_what_is_not_held(string kind)
    {
        var store = await CreateAsync(kind);
        await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2"), Stored("a", "e3")], null, T0);
        var claimed = await store.ClaimAsync("A", 10, Lease);

        await store.ReleaseAsync("B", [claimed[0].Sequence]);
        Assert.Empty(await store.ClaimAsync("B", 10, Lease));
        await store.ReleaseAsync("A", [claimed[0].Sequence, claimed[1].Sequence]);
        var again = await store.ClaimAsync("B", 10, Lease);

        Assert.Equal(["e1", "e2"], again.Select(q => q.Envelope.Id));
        Assert.Equal([claimed[0].Sequence], await store.RenewAsync("A", [claimed[0].Sequence, claimed[2].Sequence], Lease));
        Assert.Empty(await store.RenewAsync("B", [claimed[0].Sequence, claimed[1].Sequence], Lease));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_release_behind_completed_events_hands_out_only_what_is_still_queued(string kind)
    {
        var store = await CreateAsync(kind);
        await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2"), Stored("a", "e3"), Stored("a", "e4")], null, T0);
        var claimed = await store.ClaimAsync("A", 10, Lease);
        await store.CompleteAsync(claimed[1].Sequence, "A", Lease);
        await store.CompleteAsync(claimed[2].Sequence, "A", Lease);

        await store.ReleaseAsync("A", [claimed[0].Sequence]);
        var first = await store.ClaimAsync("B", 10, Lease);
        await store.ReleaseAsync("A", [claimed[3].Sequence]);
        var second = await store.ClaimAsync("B", 10, Lease);
        await store.EnqueueAsync([Stored("a", "e5")], null, T0);
        var third = await store.ClaimAsync("B", 10, Lease);

        Assert.Equal(["e1"], first.Select(q => q.Envelope.Id));
        Assert.Equal(["e4"], second.Select(q => q.Envelope.Id));
        Assert.Equal(["e5"], third.Select(q => q.Envelope.Id));
        Assert.Equal(3, await store.CountQueuedAsync());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_held_singleton_stays_with_its_holder(string kind)
    {
        var store = await CreateAsync(kind);

        Assert.True(await store.TryHoldAsync("poll:orders", "A", Lease));
        Assert.True(await store.TryHoldAsync("poll:orders", "A", Lease));
        await using (await store.LockEffectAsync("s", "open-case", "order-1"))
        {
            // Taken and given back without error; exclusivity across processes is tested on the shared store.
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Step_journal_keeps_output_per_scenario_step_and_key(string kind)
    {
        var store = await CreateAsync(kind);

        await store.SaveStepAsync(new StepCompletion("s", "open-case", "order-1", """{"CaseId":"c1"}""", T0));
        await store.SaveStepAsync(new StepCompletion("s", "notify", "order-1", null, T0));

        Assert.Equal("""{"CaseId":"c1"}""", (await store.GetStepAsync("s", "open-case", "order-1"))!.Output);
        Assert.Null((await store.GetStepAsync("s", "notify", "order-1"))!.Output);
        Assert.Null(await store.GetStepAsync("s", "open-case", "order-2"));
        Assert.Null(await store.GetStepAsync("other", "open-case", "order-1"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task The_effect_lock_reads_the_journal_and_saving_journals_and_releases(string kind)
    {
        var store = await CreateAsync(kind);

        var first = await store.LockEffectAsync("s", "open-case", "order-1");
        Assert.Null(first.Completed);
        await first.SaveAsync(new StepCompletion("s", "open-case", "order-1", """{"CaseId":"c1"}""", T0));
        await first.DisposeAsync();

        Assert.Equal("""{"CaseId":"c1"}""", (await store.GetStepAsync("s", "open-case", "order-1"))!.Output);
        await using (var again = await store.LockEffectAsync("s", "open-case", "order-1"))
        {
            Assert.Equal(new StepCompletion("s", "open-case", "order-1", """{"CaseId":"c1"}""", T0), again.Completed);
        }

        await using (var other = await store.LockEffectAsync("s", "open-case", "order-2"))
        {
            Assert.Null(other.Completed);
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Dead_letters_are_queried_and_replayed_to_the_end_of_the_queue(string kind)
    {
        var store = await CreateAsync(kind);
        await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2"), Stored("b", "e3")], null, T0);
        var queued = await store.ClaimAsync("A", 10, Lease);
        Assert.False((await store.DeadLetterAsync(queued[0].Sequence, "B", DeadLetterFor(queued[0], "dl-0", "open-case", T0), Lease)).Owned);
        Assert.Null(await store.GetDeadLetterAsync("dl-0"));
        Assert.True((await store.DeadLetterAsync(queued[0].Sequence, "A", DeadLetterFor(queued[0], "dl-1", "open-case", T0), Lease)).Owned);
        Assert.True((await store.DeadLetterAsync(queued[2].Sequence, "A", DeadLetterFor(queued[2], "dl-2", "notify", T0.AddMinutes(5)), Lease)).Owned);

        Assert.Equal(["dl-1", "dl-2"], (await store.QueryDeadLettersAsync(new())).Select(d => d.Id));
        Assert.Equal(["dl-2"], (await store.QueryDeadLettersAsync(new() { Step = "notify" })).Select(d => d.Id));
        Assert.Equal(["dl-2"], (await store.QueryDeadLettersAsync(new() { FailedFrom = T0.AddMinutes(1) })).Select(d => d.Id));
        Assert.Equal(["dl-1"], (await store.QueryDeadLettersAsync(new() { Scenario = "a", FailedBefore = T0.AddMinutes(1) })).Select(d => d.Id));
        Assert.Equal(["dl-1"], (await store.QueryDeadLettersAsync(new() { Limit = 1 })).Select(d => d.Id));
        var stored = (await store.GetDeadLetterAsync("dl-1"))!;
        Assert.Equal(DeadLetterFor(queued[0], "dl-1", "open-case", T0), stored);
        Assert.Equal(1, await store.CountQueuedAsync());

        var replayed = await store.ReplayAsync(["dl-1", "missing"], T0.AddHours(1));
        await store.CompleteAsync(queued[1].Sequence, "A", Lease);
        var after = await store.ClaimAsync("B", 10, Lease);

        Assert.Equal(1, replayed);
        Assert.Equal(1, await store.CountQueuedAsync());
        Assert.Equal(["e1"], after.Select(q => q.Envelope.Id));
        Assert.Equal(T0.AddHours(1), after[0].EnqueuedAt);
        Assert.Null(await store.GetDeadLetterAsync("dl-1"));
        Assert.NotNull(await store.GetDeadLetterAsync("dl-2"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Checkpoint_is_saved_with_the_events(string kind)
    {
        var store = await CreateAsync(kind);

        Assert.Null(await store.GetCheckpointAsync("orders"));
        await store.EnqueueAsync([Stored("a", "e1")], new PollCheckpoint("orders", "2026-01-01T00:00:00.0000000+00:00"), T0);
        await store.EnqueueAsync([], new PollCheckpoint("orders", "2026-01-02T00:00:00.0000000+00:00"), T0);

        Assert.Equal("2026-01-02T00:00:00.0000000+00:00", await store.GetCheckpointAsync("orders"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Purge_forgets_old_dedupe_entries_and_journal_entries_only(string kind)
    {
        var store = await CreateAsync(kind);
        await store.EnqueueAsync([Stored("a", "old")], null, T0);
        await store.EnqueueAsync([Stored("a", "new")], null, T0.AddDays(2));
        await store.SaveStepAsync(new StepCompletion("a", "s", "old", null, T0));
        await store.SaveStepAsync(new StepCompletion("a", "s", "new", null, T0.AddDays(2)));

        await store.PurgeAsync(T0.AddDays(1));

        Assert.Equal(1, await store.EnqueueAsync([Stored("a", "old"), Stored("a", "new")], null, T0.AddDays(3)));
        Assert.Null(await store.GetStepAsync("a", "s", "old"));
        Assert.NotNull(await store.GetStepAsync("a", "s", "new"));
        Assert.Equal(3, await store.CountQueuedAsync());
    }

    /// <summary>An event with its own subject (so a shared store's per-subject ordering does not enter into it).</summary>
    private static StoredEvent Stored(string scenario, string id)
        => new(scenario, Orders.Event(1, id: id) with { Subject = $"{scenario}/{id}" });

    private static DeadLetter DeadLetterFor(QueuedEvent queued, string id, string step, DateTimeOffset at) => new()
    {
        Id = id,
        Scenario = queued.Scenario,
        Step = step,
        Envelope = queued.Envelope,
        ErrorType = "System.InvalidOperationException",
        ErrorMessage = "boom",
        Attempts = 3,
        IsTransient = true,
        FailedAt = at,
    };

    private async Task<IScenarioStore> CreateAsync(string kind)
    {
        IScenarioStore store = kind switch
        {
            "sqlite" => new SqliteScenarioStore(Path.Combine(_folder, "store.db")),
            "memory" => new InMemoryScenarioStore(),
            "postgres" => await PostgresServer.NewStoreAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown store."),
        };
        _stores.Add(store);
        return store;
    }
}
