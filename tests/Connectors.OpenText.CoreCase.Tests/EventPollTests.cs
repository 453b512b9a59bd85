using Microsoft.Extensions.Time.Testing;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class EventPollTests
{
    [Fact]
    public async Task Checkpointed_polls_lose_and_repeat_nothing_even_when_events_share_a_timestamp()
    {
        await using var host = await ClientHost.StartAsync();
        var serverClock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        host.Emulators.CoreCase.State.Time = serverClock; // frozen: every event below has the same timestamp
        var checkpoint = CaseEventCheckpoint.StartAt(serverClock.GetUtcNow().AddMinutes(-1));
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.InProgress);
        await host.Client.Comments.AddAsync(created.Ref, "note");

        var first = await host.Client.Events.PollAsync(checkpoint, maxEvents: 2);
        var second = await host.Client.Events.PollAsync(CaseEventCheckpoint.Parse(first.Next.ToString()), maxEvents: 2);
        var idle = await host.Client.Events.PollAsync(second.Next);
        serverClock.Advance(TimeSpan.FromSeconds(1));
        await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.Resolved);
        var milestone = await host.Client.Events.PollAsync(idle.Next, CaseEventType.StatusChanged);

        Assert.Equal([CaseEventType.CaseCreated, CaseEventType.StatusChanged], first.Events.Select(e => e.Type));
        Assert.Equal([CaseEventType.CommentAdded], second.Events.Select(e => e.Type));
        Assert.Empty(idle.Events);
        Assert.Equal(second.Next, idle.Next);
        Assert.Equal(CaseStatus.Resolved, Assert.Single(milestone.Events).ToStatus);
        Assert.Equal(serverClock.GetUtcNow(), milestone.Next.Since);
    }
}
