using System.Runtime.CompilerServices;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Tests;

/// <summary>A poll trigger's change-id selector keeps two changes of one subject in the same time unit two events.</summary>
public sealed class ChangeIdTests
{
    private static readonly DateTimeOffset SameMillisecond = new(2026, 1, 5, 10, 0, 0, 123, TimeSpan.Zero);

    // Two changes of order 7 in one millisecond (status, then total), then a re-read of the same feed.
    private static readonly OrderEvent[] Feed = [new("s1", 7, "InProgress", 1), new("s1", 7, "Resolved", 2)];

    [Fact]
    public async Task With_a_change_id_two_changes_in_one_time_unit_are_two_events_in_feed_order_and_a_reread_adds_none()
    {
        var effects = new EffectLog();
        await using var harness = await StartAsync(effects, changeId: o => o.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, await harness.Runner.PollAsync("changes"));
        Assert.Equal(0, await harness.Runner.PollAsync("changes"));
        await harness.IdleAsync();

        Assert.Equal(["InProgress", "Resolved"], effects.Entries);
    }

    [Fact]
    public async Task Without_a_change_id_the_change_is_the_time_so_the_second_change_is_a_duplicate()
    {
        var effects = new EffectLog();
        await using var harness = await StartAsync(effects, changeId: null);

        Assert.Equal(1, await harness.Runner.PollAsync("changes"));
        await harness.IdleAsync();

        Assert.Equal(["InProgress"], effects.Entries);
    }

    private static Task<ScenarioHarness> StartAsync(EffectLog effects, Func<OrderEvent, string>? changeId)
        => ScenarioHarness.StartAsync(
            s => s.AddScenario("changes", x => x
                .From(Trigger.Poll("changes", Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent, ReadAsync, o => $"{o.Store}/{o.OrderId}", _ => SameMillisecond, changeId: changeId))
                .Then("record", key: o => $"{o.OrderId}/{o.Status}", (o, ctx, ct) => { effects.Add(o.Status); return ValueTask.CompletedTask; })),
            o => o.RunPollers = false);

    private static async IAsyncEnumerable<OrderEvent> ReadAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var change in Feed)
        {
            await Task.Yield();
            yield return change;
        }
    }
}
