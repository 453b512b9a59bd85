using Connectors.Core;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class TaskTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private WorkflowServiceClient Client => host.Client;

    private async Task<WorkflowTask> StartClaimAsync(string? businessKey = null)
    {
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = businessKey ?? WorkflowTestHost.NewKey("claim") });
        return await Client.OpenTaskAsync(instance.Id);
    }

    [Fact]
    public async Task Completing_a_task_twice_is_a_typed_error()
    {
        var task = await StartClaimAsync();
        await Client.Tasks.CompleteAsync(task.Id);

        var error = await Assert.ThrowsAsync<WorkflowTaskAlreadyCompletedException>(() => Client.Tasks.CompleteAsync(task.Id));

        Assert.Equal(task.Id, error.TaskId);
        Assert.Equal(409, error.Status);
        Assert.NotNull(error.CompletedAt);
        Assert.IsAssignableFrom<ConnectorConflictException>(error);
    }

    [Fact]
    public async Task Flowable_404_for_a_completed_task_is_recognised_through_history()
    {
        var task = await StartClaimAsync();
        await Client.Tasks.CompleteAsync(task.Id);
        host.Emulator.Faults.Add(
            Connectors.Emulators.Hosting.Fault.Status(404, $$"""{"message":"Not found","exception":"Could not find a task with id '{{task.Id}}'."}"""),
            count: 1,
            pathContains: "/tasks/" + task.Id,
            method: "POST");

        var error = await Assert.ThrowsAsync<WorkflowTaskAlreadyCompletedException>(() => Client.Tasks.CompleteAsync(task.Id));

        Assert.Equal(404, error.Status);
        Assert.Equal(task.Id, error.TaskId);
    }

    [Fact]
    public async Task Completing_an_unknown_task_is_not_found()
    {
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.Tasks.CompleteAsync("no-such-task"));
    }

    [Fact]
    public async Task Get_returns_the_open_task_with_its_variables()
    {
        var businessKey = WorkflowTestHost.NewKey("claim");
        var start = new StartProcessOptions { BusinessKey = businessKey };
        start.Variables.Add(WorkflowVariable.FromString("claimType", "damage"));
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, start);
        var listed = await Client.OpenTaskAsync(instance.Id);

        WorkflowTask task = await Client.Tasks.GetAsync(listed.Id, includeVariables: true);

        Assert.Equal("Claim intake", task.Name);
        Assert.Equal(businessKey, task.BusinessKey);
        Assert.Equal(SeedModels.ClaimsKey, task.ProcessDefinitionKey);
        Assert.Equal("damage", task.GetVariable("claimType")!.AsString());
        Assert.NotNull(task.CreateTime);
        Assert.Null(task.Assignee);
    }

    [Fact]
    public async Task Claim_assigns_and_a_second_claimant_gets_a_conflict()
    {
        var task = await StartClaimAsync();

        await Client.Tasks.ClaimAsync(task.Id, "alice");
        var error = await Assert.ThrowsAsync<ConnectorConflictException>(() => Client.Tasks.ClaimAsync(task.Id, "bob"));
        await Client.Tasks.ClaimAsync(task.Id, "alice");

        WorkflowTask claimed = await Client.Tasks.GetAsync(task.Id);
        Assert.Equal("alice", claimed.Assignee);
        Assert.NotNull(claimed.ClaimTime);
        Assert.Contains("claimed", error.Message, StringComparison.OrdinalIgnoreCase);
        var mine = await Client.Tasks.ListAsync(new TaskQuery { Assignee = "alice", ProcessInstanceId = task.ProcessInstanceId }).ToListAsync();
        Assert.Equal(task.Id, Assert.Single(mine).Id);
        Assert.Empty(await Client.Tasks.ListAsync(new TaskQuery { CandidateGroup = "claims-intake", ProcessInstanceId = task.ProcessInstanceId }).ToListAsync());
    }

    [Fact]
    public async Task Assign_reassigns_and_update_sets_due_date_and_priority()
    {
        var task = await StartClaimAsync();
        var due = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.FromHours(1));

        await Client.Tasks.ClaimAsync(task.Id, "alice");
        WorkflowTask assigned = await Client.Tasks.AssignAsync(task.Id, "bob");
        WorkflowTask updated = await Client.Tasks.UpdateAsync(task.Id, new TaskUpdate { DueDate = due, Priority = 80, Description = "Urgent: partner escalated" });

        Assert.Equal("bob", assigned.Assignee);
        Assert.Equal(due, updated.DueDate);
        Assert.Equal(80, updated.Priority);
        Assert.Equal("bob", updated.Assignee);
        Assert.Equal("Urgent: partner escalated", updated.Description);
        var sorted = await Client.Tasks.ListAsync(new TaskQuery { ProcessInstanceId = task.ProcessInstanceId, Sort = "priority", Order = SortOrder.Descending }).ToListAsync();
        Assert.Equal(80, Assert.Single(sorted).Priority);
    }

    [Fact]
    public async Task Comments_are_added_and_listed()
    {
        var task = await StartClaimAsync();

        WorkflowComment added = await Client.Tasks.AddCommentAsync(task.Id, "Photos of the damaged pallet received.");
        var comments = (await Client.Tasks.GetCommentsAsync(task.Id)).Value;

        var comment = Assert.Single(comments);
        Assert.Equal(added.Id, comment.Id);
        Assert.Equal("Photos of the damaged pallet received.", comment.Message);
        Assert.Equal(task.Id, comment.TaskId);
        Assert.Equal(task.ProcessInstanceId, comment.ProcessInstanceId);
        Assert.NotNull(comment.Time);
    }

    [Fact]
    public async Task Attachments_are_added_listed_and_deleted()
    {
        var task = await StartClaimAsync();

        TaskAttachment added = await Client.Tasks.AddAttachmentAsync(task.Id, new NewTaskAttachment
        {
            Name = "proof-of-delivery.pdf",
            Type = "application/pdf",
            Url = new Uri("https://tradinggrid.example/documents/pod-1"),
            Description = "Signed POD",
        });
        var listed = (await Client.Tasks.GetAttachmentsAsync(task.Id)).Value;
        await Client.Tasks.DeleteAttachmentAsync(task.Id, added.Id);
        var afterDelete = (await Client.Tasks.GetAttachmentsAsync(task.Id)).Value;

        var attachment = Assert.Single(listed);
        Assert.Equal("proof-of-delivery.pdf", attachment.Name);
        Assert.Equal("https://tradinggrid.example/documents/pod-1", attachment.Url);
        Assert.Empty(afterDelete);
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.Tasks.DeleteAttachmentAsync(task.Id, added.Id));
    }

    [Fact]
    public async Task Tasks_are_listed_by_candidate_group_and_business_key()
    {
        var businessKey = WorkflowTestHost.NewKey("claim");
        var task = await StartClaimAsync(businessKey);

        var byGroup = await Client.Tasks.ListAsync(new TaskQuery { CandidateGroup = "claims-intake", BusinessKey = businessKey }).ToListAsync();
        var otherGroup = await Client.Tasks.ListAsync(new TaskQuery { CandidateGroup = "claims-finance", BusinessKey = businessKey }).ToListAsync();
        var byTaskKey = await Client.Tasks.ListAsync(new TaskQuery { TaskDefinitionKey = "intake", BusinessKey = businessKey, Unassigned = true }).ToListAsync();

        Assert.Equal(task.Id, Assert.Single(byGroup).Id);
        Assert.Empty(otherGroup);
        Assert.Equal(task.Id, Assert.Single(byTaskKey).Id);
    }
}
