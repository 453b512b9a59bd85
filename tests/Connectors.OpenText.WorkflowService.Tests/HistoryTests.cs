using Connectors.Emulators.WorkflowService;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.OpenText.WorkflowService.Tests;

/// <summary>History and the event log on an emulator of their own, with a fake clock.</summary>
public sealed class HistoryTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    private WorkflowServiceClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _host.Emulator.Engine.Time = _time;
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Finished_instances_and_tasks_carry_their_times_and_durations()
    {
        var partnerId = WorkflowTestHost.NewKey("partner");
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.PartnerOnboardingKey, new StartProcessOptions { BusinessKey = partnerId });
        for (var step = 0; step < 4; step++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            var task = await Client.OpenTaskAsync(instance.Id);
            await Client.Tasks.ClaimAsync(task.Id, "dana");
            await Client.Tasks.CompleteAsync(task.Id, outcome: "ok");
        }

        var finished = Assert.Single(await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = partnerId, Finished = true }).ToListAsync());
        var tasks = await Client.History.ListTasksAsync(new HistoricTaskQuery { BusinessKey = partnerId, Assignee = "dana" }).ToListAsync();
        var running = await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = partnerId, Finished = false }).ToListAsync();

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), finished.StartTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), finished.EndTime);
        Assert.Equal((long)TimeSpan.FromHours(4).TotalMilliseconds, finished.DurationInMillis);
        Assert.Equal("onboarded", finished.EndActivityId);
        Assert.Equal(4, tasks.Count);
        Assert.All(tasks, t => Assert.Equal((long)TimeSpan.FromHours(1).TotalMilliseconds, t.DurationInMillis));
        Assert.Empty(running);
    }

    [Fact]
    public async Task The_event_log_reads_as_pages_whose_tokens_are_checkpoints()
    {
        for (var i = 0; i < 3; i++)
        {
            await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = $"claim-{i}" });
        }

        var pages = await Client.Events.ListEventsAsync().AsPages(pageSizeHint: 4).ToListAsync();
        var all = pages.SelectMany(p => p.Values).ToList();
        var resumed = await Client.Events.ListEventsAsync(all[2].Sequence).ToListAsync();

        Assert.Equal(6, all.Count);
        Assert.Equal([4, 2], pages.Select(p => p.Values.Count));
        Assert.Equal("4", pages[0].ContinuationToken);
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(all.Skip(3).Select(e => e.Id), resumed.Select(e => e.Id));
        Assert.All(all, e => Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), e.Time));
    }
}
