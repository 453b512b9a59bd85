using Connectors.Core;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class CaseItemTests
{
    [Fact]
    public async Task Comments_keep_their_visibility_and_shared_ones_can_be_listed_alone()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));

        CaseComment internalNote = await host.Client.Comments.AddAsync(created.Ref, "Customer has 3 chargebacks");
        await host.Client.Comments.AddAsync(created.Ref, "We are reviewing your order", CommentVisibility.Shared);
        var all = await CaseTests.ToListAsync(host.Client.Comments.ListAsync(created.Ref));
        var shared = await CaseTests.ToListAsync(host.Client.Comments.ListAsync(created.Ref, CommentVisibility.Shared));

        Assert.Equal(CommentVisibility.Internal, internalNote.Visibility);
        Assert.Equal(2, all.Count);
        Assert.Equal(["We are reviewing your order"], shared.Select(c => c.Text));
    }

    [Fact]
    public async Task Tasks_are_created_completed_once_and_listed()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        var due = new DateTimeOffset(2026, 12, 24, 12, 0, 0, TimeSpan.Zero);

        CaseTask task = await host.Client.Tasks.CreateAsync(created.Ref, new NewCaseTask { Name = "Approve refund", Assignee = CaseIdentity.FunctionalRole("finance"), DueDate = due });
        CaseTask done = await host.Client.Tasks.CompleteAsync(created.Ref, task.Id, "approved");
        var twice = await Assert.ThrowsAsync<ConnectorConflictException>(() => host.Client.Tasks.CompleteAsync(created.Ref, task.Id));
        var listed = await CaseTests.ToListAsync(host.Client.Tasks.ListAsync(created.Ref));

        Assert.Equal(CaseTaskStatus.Open, task.Status);
        Assert.Equal(due, task.DueDate);
        Assert.Equal(CaseTaskStatus.Completed, done.Status);
        Assert.Equal("approved", done.Outcome);
        Assert.NotNull(done.CompletedOn);
        Assert.Equal("TASK_ALREADY_COMPLETED", twice.ErrorCode);
        Assert.Equal(CaseTaskStatus.Completed, Assert.Single(listed).Status);
    }

    [Fact]
    public async Task Cases_link_to_each_other_and_bad_targets_are_validation_errors()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance parent = await host.Client.Cases.CreateAsync(ClientHost.NewCase("parent"));
        CaseInstance child = await host.Client.Cases.CreateAsync(ClientHost.NewCase("child"));

        CaseLink link = await host.Client.Links.AddAsync(child.Ref, parent.Ref, CaseRelationType.Parent);
        var links = await CaseTests.ToListAsync(host.Client.Links.ListAsync(child.Ref));
        var missing = await Assert.ThrowsAsync<ConnectorValidationException>(() => host.Client.Links.AddAsync(child.Ref, new CaseRef(ClientHost.Definition, "no-such-case")));

        Assert.Equal(parent.Ref, link.Target);
        Assert.Equal(child.Ref, link.Source);
        Assert.Equal(CaseRelationType.Parent, Assert.Single(links).RelationType);
        Assert.Equal("targetCaseId", Assert.Single(missing.FieldErrors).Field);
    }

    [Fact]
    public async Task The_events_feed_resumes_from_a_checkpoint_and_filters_milestones()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.InProgress);
        var firstPoll = await CaseTests.ToListAsync(host.Client.Events.ListAsync());
        var checkpoint = firstPoll[^1];
        await Task.Delay(20);
        await host.Client.Comments.AddAsync(created.Ref, "note");
        await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.Resolved);

        var secondPoll = (await CaseTests.ToListAsync(host.Client.Events.ListAsync(new CaseEventQuery { Since = checkpoint.OccurredOn })))
            .Where(e => e.Id != checkpoint.Id).ToList();
        var milestones = await CaseTests.ToListAsync(host.Client.Events.ListAsync(new CaseEventQuery { Type = CaseEventType.StatusChanged, Case = created.Ref }));

        Assert.Equal([CaseEventType.CaseCreated, CaseEventType.StatusChanged], firstPoll.Select(e => e.Type));
        Assert.Equal([CaseEventType.CommentAdded, CaseEventType.StatusChanged], secondPoll.Select(e => e.Type));
        Assert.True(secondPoll[0].Sequence > checkpoint.Sequence);
        Assert.Equal([CaseStatus.InProgress, CaseStatus.Resolved], milestones.Select(e => e.ToStatus!.Value));
    }

    [Fact]
    public async Task Modified_since_returns_only_cases_changed_after_the_checkpoint_oldest_change_first()
    {
        await using var host = await ClientHost.StartAsync();
        var serverClock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        host.Emulators.CoreCase.State.Time = serverClock;
        CaseInstance older = await host.Client.Cases.CreateAsync(ClientHost.NewCase("older"));
        CaseInstance newer = await host.Client.Cases.CreateAsync(ClientHost.NewCase("newer"));
        serverClock.Advance(TimeSpan.FromMinutes(1));
        var checkpoint = serverClock.GetUtcNow();
        await host.Client.Cases.UpdateAsync(newer.Ref, new UpdateCaseOptions { Summary = "changed first" });
        serverClock.Advance(TimeSpan.FromSeconds(1));
        await host.Client.Cases.UpdateAsync(older.Ref, new UpdateCaseOptions { Summary = "changed second" });

        var changed = await CaseTests.ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition, new CaseQuery { ModifiedSince = checkpoint }));

        Assert.Equal([newer.Id, older.Id], changed.Select(c => c.Id));
    }
}
