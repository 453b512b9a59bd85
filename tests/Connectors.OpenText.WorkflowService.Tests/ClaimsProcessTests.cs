using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class ClaimsProcessTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private WorkflowServiceClient Client => host.Client;

    [Fact]
    public async Task Claim_is_driven_from_intake_to_settlement_through_its_tasks()
    {
        var claimId = WorkflowTestHost.NewKey("claim");
        var start = new StartProcessOptions { BusinessKey = claimId };
        start.Variables.Add(WorkflowVariable.FromString("claimType", "shortage"));
        start.Variables.Add(WorkflowVariable.FromDouble("amount", 1250.5));
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, start);

        var steps = new (string TaskKey, string Group, WorkflowVariable[] Variables)[]
        {
            ("intake", "claims-intake", []),
            ("validation", "claims-validation", [WorkflowVariable.FromBoolean("valid", true)]),
            ("investigation", "claims-investigation", [WorkflowVariable.FromString("finding", "carrier damage")]),
            ("approval", "claims-approvers", [WorkflowVariable.FromBoolean("approved", true)]),
            ("settlement", "claims-finance", [WorkflowVariable.FromDouble("settledAmount", 1200)]),
        };
        foreach (var (taskKey, group, variables) in steps)
        {
            var offered = await Client.Tasks.ListAsync(new TaskQuery { CandidateGroup = group, BusinessKey = claimId }).ToListAsync();
            var task = Assert.Single(offered);
            Assert.Equal(taskKey, task.TaskDefinitionKey);
            Assert.Equal(instance.Id, task.ProcessInstanceId);

            await Client.Tasks.ClaimAsync(task.Id, $"{group}.user");
            await Client.Tasks.CompleteAsync(task.Id, variables, outcome: "done");
        }

        await Assert.ThrowsAsync<Connectors.Core.ConnectorNotFoundException>(() => Client.ProcessInstances.GetAsync(instance.Id));
        var history = Assert.Single(await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = claimId, Finished = true, IncludeVariables = true }).ToListAsync());
        Assert.Equal("settled", history.EndActivityId);
        Assert.Null(history.DeleteReason);
        Assert.Equal(1200, history.GetVariable("settledAmount")!.AsDouble());

        var tasks = await Client.History.ListTasksAsync(new HistoricTaskQuery { BusinessKey = claimId }).ToListAsync();
        Assert.Equal(["intake", "validation", "investigation", "approval", "settlement"], tasks.Select(t => t.TaskDefinitionKey));
        Assert.All(tasks, t => Assert.True(t.Finished));
        Assert.All(tasks, t => Assert.Equal("done", t.Outcome));
        Assert.Equal("claims-finance.user", tasks[^1].Assignee);
    }

    [Fact]
    public async Task Invalid_claim_takes_the_gateway_to_rejected()
    {
        var claimId = WorkflowTestHost.NewKey("claim");
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = claimId });

        await Client.Tasks.CompleteAsync((await Client.OpenTaskAsync(instance.Id)).Id);
        var validation = await Client.OpenTaskAsync(instance.Id);
        Assert.Equal("validation", validation.TaskDefinitionKey);
        await Client.Tasks.CompleteAsync(validation.Id, [WorkflowVariable.FromBoolean("valid", false)]);

        var history = Assert.Single(await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = claimId }).ToListAsync());
        Assert.True(history.Finished);
        Assert.Equal("rejected", history.EndActivityId);
    }

    [Fact]
    public async Task Document_review_loops_through_revision_until_approved()
    {
        var documentId = WorkflowTestHost.NewKey("doc");
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.DocumentReviewKey, new StartProcessOptions { BusinessKey = documentId });

        var review = await Client.OpenTaskAsync(instance.Id);
        await Client.Tasks.CompleteAsync(review.Id, [WorkflowVariable.FromString("decision", "changes-requested")]);
        var revise = await Client.OpenTaskAsync(instance.Id);
        Assert.Equal("revise", revise.TaskDefinitionKey);
        Assert.Equal(["document-owners"], revise.CandidateGroups);
        await Client.Tasks.CompleteAsync(revise.Id);
        var secondReview = await Client.OpenTaskAsync(instance.Id);
        Assert.Equal("review", secondReview.TaskDefinitionKey);
        await Client.Tasks.CompleteAsync(secondReview.Id, [WorkflowVariable.FromString("decision", "approved")]);

        var history = Assert.Single(await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = documentId }).ToListAsync());
        Assert.Equal("reviewed", history.EndActivityId);
        Assert.Equal(3, (await Client.History.ListTasksAsync(new HistoricTaskQuery { ProcessInstanceId = instance.Id }).ToListAsync()).Count);
    }

    [Fact]
    public async Task Partner_onboarding_offers_each_step_to_its_team()
    {
        var partnerId = WorkflowTestHost.NewKey("partner");
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.PartnerOnboardingKey, new StartProcessOptions { BusinessKey = partnerId });
        var seen = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var task = await Client.OpenTaskAsync(instance.Id);
            seen.Add($"{task.TaskDefinitionKey}:{string.Join(",", task.CandidateGroups)}");
            await Client.Tasks.CompleteAsync(task.Id);
        }

        Assert.Equal(["complianceCheck:compliance", "accountSetup:partner-accounts", "masterDataValidation:master-data", "approval:onboarding-approvers"], seen);
        Assert.Empty(await Client.Tasks.ListAsync(new TaskQuery { ProcessInstanceId = instance.Id }).ToListAsync());
    }
}
