using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class StatusTransitionTests
{
    [Fact]
    public async Task The_whole_lawful_lifecycle_including_reopen_succeeds_and_is_in_the_history()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        CaseStatus[] path =
        [
            CaseStatus.InProgress, CaseStatus.AwaitingInformation, CaseStatus.InProgress, CaseStatus.Resolved,
            CaseStatus.Closed, CaseStatus.Open,
        ];

        foreach (var status in path)
        {
            CaseInstance moved = await host.Client.Cases.ChangeStatusAsync(created.Ref, status, $"to {status}");
            Assert.Equal(status, moved.Status);
        }

        var changes = (await CaseTests.ToListAsync(host.Client.Events.ListHistoryAsync(created.Ref))).Where(e => e.Type == CaseEventType.StatusChanged).ToList();
        Assert.Equal(path, changes.Select(e => e.ToStatus!.Value));
        Assert.Equal(CaseStatus.Open, changes[0].FromStatus);
        Assert.Equal("to CLOSED", changes[4].Data.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_unlawful_transition_is_a_typed_non_transient_error_naming_the_allowed_steps()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));

        var error = await Assert.ThrowsAsync<CaseTransitionException>(() => host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.Closed));

        Assert.Equal(CaseStatus.Open, error.CurrentStatus);
        Assert.Equal(CaseStatus.Closed, error.RequestedStatus);
        Assert.Equal([CaseStatus.InProgress], error.AllowedStatuses);
        Assert.Equal(409, error.Status);
        Assert.Equal("INVALID_STATUS_TRANSITION", error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.IsAssignableFrom<ConnectorConflictException>(error);
        Assert.Equal(CaseStatus.Open, (await host.Client.Cases.GetAsync(created.Ref)).Value.Status);
    }

    [Fact]
    public async Task Asking_for_the_current_status_is_a_no_op_so_a_resent_put_is_safe()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.InProgress);

        CaseInstance again = await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.InProgress);

        Assert.Equal(CaseStatus.InProgress, again.Status);
        Assert.Single(host.Emulators.CoreCase.State.Events, e => e.CaseId == created.Id && e.Type == "STATUS_CHANGED");
    }

    [Fact]
    public async Task A_closed_case_refuses_notes_until_it_is_reopened()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        foreach (var status in new[] { CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.Closed })
        {
            await host.Client.Cases.ChangeStatusAsync(created.Ref, status);
        }

        var refused = await Assert.ThrowsAsync<ConnectorConflictException>(() => host.Client.Comments.AddAsync(created.Ref, "late note"));
        await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.Open, "customer came back");
        CaseComment accepted = await host.Client.Comments.AddAsync(created.Ref, "late note");

        Assert.Equal("CASE_CLOSED", refused.ErrorCode);
        Assert.Equal("late note", accepted.Text);
    }
}
