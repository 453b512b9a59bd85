using Connectors.Scenarios.Events;
using Connectors.Scenarios.Sqlite;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Tests.TestSupport;

namespace Connectors.Scenarios.Tests;

/// <summary>The same behaviour from both stores.</summary>
public sealed class StoreContractTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("scenarios-store-").FullName;

    public static TheoryData<string> Stores => ["memory", "sqlite"];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Enqueue_drops_duplicates_and_fetch_returns_in_sequence_order(string kind)
    {
        await using var store = Create(kind);

        var first = await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2"), Stored("b", "e1")], null, T0);
        var again = await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e3")], null, T0);
        var all = await store.FetchAsync(0, 10);
        var afterSecond = await store.FetchAsync(all[1].Sequence, 2);

        Assert.Equal(3, first);
        Assert.Equal(1, again);
        Assert.Equal(["a/e1", "a/e2", "b/e1", "a/e3"], all.Select(q => $"{q.Scenario}/{q.Envelope.Id}"));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(["b/e1", "a/e3"], afterSecond.Select(q => $"{q.Scenario}/{q.Envelope.Id}"));
        Assert.Equal(T0, all[0].EnqueuedAt);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Envelope_round_trips_with_every_field(string kind)
    {
        await using var store = Create(kind);
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

        Assert.Equal(envelope, Assert.Single(await store.FetchAsync(0, 5)).Envelope);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Complete_removes_from_the_queue(string kind)
    {
        await using var store = Create(kind);
        await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2")], null, T0);
        var queued = await store.FetchAsync(0, 10);

        await store.CompleteAsync(queued[0].Sequence);

        Assert.Equal(1, await store.CountQueuedAsync());
        Assert.Equal("e2", Assert.Single(await store.FetchAsync(0, 10)).Envelope.Id);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Step_journal_keeps_output_per_scenario_step_and_key(string kind)
    {
        await using var store = Create(kind);

        await store.SaveStepAsync(new StepCompletion("s", "open-case", "order-1", """{"CaseId":"c1"}""", T0));
        await store.SaveStepAsync(new StepCompletion("s", "notify", "order-1", null, T0));

        Assert.Equal("""{"CaseId":"c1"}""", (await store.GetStepAsync("s", "open-case", "order-1"))!.Output);
        Assert.Null((await store.GetStepAsync("s", "notify", "order-1"))!.Output);
        Assert.Null(await store.GetStepAsync("s", "open-case", "order-2"));
        Assert.Null(await store.GetStepAsync("other", "open-case", "order-1"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Dead_letters_are_queried_and_replayed_to_the_end_of_the_queue(string kind)
    {
        await using var store = Create(kind);
        await store.EnqueueAsync([Stored("a", "e1"), Stored("a", "e2"), Stored("b", "e3")], null, T0);
        var queued = await store.FetchAsync(0, 10);
        await store.DeadLetterAsync(queued[0].Sequence, DeadLetterFor(queued[0], "dl-1", "open-case", T0));
        await store.DeadLetterAsync(queued[2].Sequence, DeadLetterFor(queued[2], "dl-2", "notify", T0.AddMinutes(5)));

        Assert.Equal(["dl-1", "dl-2"], (await store.QueryDeadLettersAsync(new())).Select(d => d.Id));
        Assert.Equal(["dl-2"], (await store.QueryDeadLettersAsync(new() { Step = "notify" })).Select(d => d.Id));
        Assert.Equal(["dl-2"], (await store.QueryDeadLettersAsync(new() { FailedFrom = T0.AddMinutes(1) })).Select(d => d.Id));
        Assert.Equal(["dl-1"], (await store.QueryDeadLettersAsync(new() { Scenario = "a", FailedBefore = T0.AddMinutes(1) })).Select(d => d.Id));
        Assert.Equal(["dl-1"], (await store.QueryDeadLettersAsync(new() { Limit = 1 })).Select(d => d.Id));
        var stored = (await store.GetDeadLetterAsync("dl-1"))!;
        Assert.Equal(DeadLetterFor(queued[0], "dl-1", "open-case", T0), stored);
        Assert.Equal(1, await store.CountQueuedAsync());

        var replayed = await store.ReplayAsync(["dl-1", "missing"], T0.AddHours(1));
        var after = await store.FetchAsync(0, 10);

        Assert.Equal(1, replayed);
        Assert.Equal(["e2", "e1"], after.Select(q => q.Envelope.Id));
        Assert.Null(await store.GetDeadLetterAsync("dl-1"));
        Assert.NotNull(await store.GetDeadLetterAsync("dl-2"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Checkpoint_is_saved_with_the_events(string kind)
    {
        await using var store = Create(kind);

        Assert.Null(await store.GetCheckpointAsync("orders"));
        await store.EnqueueAsync([Stored("a", "e1")], new PollCheckpoint("orders", "2026-01-01T00:00:00.0000000+00:00"), T0);
        await store.EnqueueAsync([], new PollCheckpoint("orders", "2026-01-02T00:00:00.0000000+00:00"), T0);

        Assert.Equal("2026-01-02T00:00:00.0000000+00:00", await store.GetCheckpointAsync("orders"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Purge_forgets_old_dedupe_entries_and_journal_entries_only(string kind)
    {
        await using var store = Create(kind);
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

    private static StoredEvent Stored(string scenario, string id)
        => new(scenario, Orders.Event(1, id: id));

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

    private StoreHandle Create(string kind) => kind == "sqlite"
        ? new StoreHandle(new SqliteScenarioStore(Path.Combine(_folder, "store.db")))
        : new StoreHandle(new InMemoryScenarioStore());

    /// <summary>Lets <c>await using</c> dispose whichever store the theory uses.</summary>
    private sealed class StoreHandle(IScenarioStore inner) : IScenarioStore, IAsyncDisposable
    {
        public ValueTask<int> EnqueueAsync(IReadOnlyList<StoredEvent> events, PollCheckpoint? checkpoint, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) => inner.EnqueueAsync(events, checkpoint, receivedAt, cancellationToken);

        public ValueTask<IReadOnlyList<QueuedEvent>> FetchAsync(long afterSequence, int maxCount, CancellationToken cancellationToken = default) => inner.FetchAsync(afterSequence, maxCount, cancellationToken);

        public ValueTask CompleteAsync(long sequence, CancellationToken cancellationToken = default) => inner.CompleteAsync(sequence, cancellationToken);

        public ValueTask<long> CountQueuedAsync(CancellationToken cancellationToken = default) => inner.CountQueuedAsync(cancellationToken);

        public ValueTask<StepCompletion?> GetStepAsync(string scenario, string step, string key, CancellationToken cancellationToken = default) => inner.GetStepAsync(scenario, step, key, cancellationToken);

        public ValueTask SaveStepAsync(StepCompletion completion, CancellationToken cancellationToken = default) => inner.SaveStepAsync(completion, cancellationToken);

        public ValueTask DeadLetterAsync(long sequence, DeadLetter deadLetter, CancellationToken cancellationToken = default) => inner.DeadLetterAsync(sequence, deadLetter, cancellationToken);

        public ValueTask<DeadLetter?> GetDeadLetterAsync(string id, CancellationToken cancellationToken = default) => inner.GetDeadLetterAsync(id, cancellationToken);

        public ValueTask<IReadOnlyList<DeadLetter>> QueryDeadLettersAsync(DeadLetterQuery query, CancellationToken cancellationToken = default) => inner.QueryDeadLettersAsync(query, cancellationToken);

        public ValueTask<int> ReplayAsync(IReadOnlyList<string> ids, DateTimeOffset requeuedAt, CancellationToken cancellationToken = default) => inner.ReplayAsync(ids, requeuedAt, cancellationToken);

        public ValueTask<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default) => inner.GetCheckpointAsync(name, cancellationToken);

        public ValueTask PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) => inner.PurgeAsync(olderThan, cancellationToken);

        public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
    }
}
