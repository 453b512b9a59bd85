using System.Collections.Concurrent;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Tests;

public sealed class OrderingTests
{
    [Fact]
    public async Task Events_of_one_subject_run_in_order_while_subjects_run_in_parallel()
    {
        const int Subjects = 16;
        const int PerSubject = 40;
        var seen = new ConcurrentDictionary<string, ConcurrentQueue<int>>();
        var running = new ConcurrentDictionary<string, int>();
        var overlapWithinSubject = 0;
        var current = 0;
        var maxParallel = 0;

        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("ordered", x => x
                .From(Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent))
                .Then("record", key: o => $"{o.OrderId}/{o.Total}", async (o, ctx, ct) =>
                {
                    var subject = ctx.Envelope.Subject!;
                    if (running.AddOrUpdate(subject, 1, (_, n) => n + 1) > 1)
                    {
                        Interlocked.Increment(ref overlapWithinSubject);
                    }

                    var now = Interlocked.Increment(ref current);
                    InterlockedMax(ref maxParallel, now);
                    await Task.Delay(Random.Shared.Next(0, 3), ct);
                    seen.GetOrAdd(subject, _ => new()).Enqueue((int)o.Total);
                    Interlocked.Decrement(ref current);
                    running.AddOrUpdate(subject, 0, (_, n) => n - 1);
                })),
            o => o.MaxConcurrency = 8);

        // Interleave subjects: sequence 0..39 for each, submitted round-robin in small batches.
        for (var n = 0; n < PerSubject; n++)
        {
            await harness.Inbox.SubmitAsync([.. Enumerable.Range(0, Subjects).Select(s => Orders.Event(s, id: $"{s}-{n}", total: n))]);
        }

        await harness.IdleAsync();

        Assert.Equal(Subjects, seen.Count);
        Assert.All(seen.Values, order => Assert.Equal(Enumerable.Range(0, PerSubject), order));
        Assert.Equal(0, overlapWithinSubject);
        Assert.True(maxParallel > 1, $"different subjects should run in parallel (max parallel {maxParallel})");
        Assert.True(maxParallel <= 8, $"concurrency is bounded by MaxConcurrency (max parallel {maxParallel})");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
