using Connectors.Core;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class ProcessInstanceTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private WorkflowServiceClient Client => host.Client;

    private async Task<ProcessInstance> StartAsync(string businessKey, params WorkflowVariable[] variables)
    {
        var options = new StartProcessOptions { BusinessKey = businessKey, Name = $"Claim {businessKey}" };
        foreach (var variable in variables)
        {
            options.Variables.Add(variable);
        }

        return await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, options);
    }

    [Fact]
    public async Task Start_returns_the_instance_waiting_in_its_first_task()
    {
        var businessKey = WorkflowTestHost.NewKey("claim");

        var response = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = businessKey, Name = "Shortage claim" });

        Assert.Equal(201, response.GetRawResponse().Status);
        var instance = response.Value;
        Assert.Equal(businessKey, instance.BusinessKey);
        Assert.Equal("Shortage claim", instance.Name);
        Assert.Equal(SeedModels.ClaimsKey, instance.ProcessDefinitionKey);
        Assert.Equal("intake", instance.ActivityId);
        Assert.False(instance.Suspended);
        Assert.False(instance.Ended);
        Assert.NotNull(instance.StartTime);
    }

    [Fact]
    public async Task Start_with_an_unknown_definition_is_not_found()
    {
        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.ProcessInstances.StartAsync("no-such-process"));
        Assert.Contains("no-such-process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_returns_the_instance_and_its_variables()
    {
        var started = await StartAsync(WorkflowTestHost.NewKey("claim"), WorkflowVariable.FromString("carrier", "ACME"));

        ProcessInstance instance = await Client.ProcessInstances.GetAsync(started.Id);

        Assert.Equal(started.Id, instance.Id);
        Assert.Equal("ACME", instance.GetVariable("carrier")!.AsString());
    }

    [Fact]
    public async Task List_filters_by_business_key_and_state()
    {
        var businessKey = WorkflowTestHost.NewKey("claim");
        var first = await StartAsync(businessKey);
        var second = await StartAsync(businessKey);
        await Client.ProcessInstances.SuspendAsync(second.Id);

        var all = await Client.ProcessInstances.ListAsync(new ProcessInstanceQuery { BusinessKey = businessKey }).ToListAsync();
        var suspended = await Client.ProcessInstances.ListAsync(new ProcessInstanceQuery { BusinessKey = businessKey, Suspended = true }).ToListAsync();
        var active = await Client.ProcessInstances.ListAsync(new ProcessInstanceQuery { BusinessKey = businessKey, Suspended = false, ProcessDefinitionKey = SeedModels.ClaimsKey }).ToListAsync();

        Assert.Equal(new[] { first.Id, second.Id }.Order(), all.Select(i => i.Id).Order());
        Assert.Equal(second.Id, Assert.Single(suspended).Id);
        Assert.Equal(first.Id, Assert.Single(active).Id);
    }

    [Fact]
    public async Task Suspend_blocks_task_completion_until_activated()
    {
        var instance = await StartAsync(WorkflowTestHost.NewKey("claim"));
        var task = await Client.OpenTaskAsync(instance.Id);

        ProcessInstance suspended = await Client.ProcessInstances.SuspendAsync(instance.Id);
        var blocked = await Assert.ThrowsAsync<ConnectorConflictException>(() => Client.Tasks.CompleteAsync(task.Id));
        await Assert.ThrowsAsync<ConnectorConflictException>(() => Client.ProcessInstances.SuspendAsync(instance.Id));
        ProcessInstance activated = await Client.ProcessInstances.ActivateAsync(instance.Id);
        await Client.Tasks.CompleteAsync(task.Id);

        Assert.True(suspended.Suspended);
        Assert.IsNotType<WorkflowTaskAlreadyCompletedException>(blocked);
        Assert.Contains("suspended", blocked.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(activated.Suspended);
        Assert.Equal("validation", (await Client.OpenTaskAsync(instance.Id)).TaskDefinitionKey);
    }

    [Fact]
    public async Task Delete_ends_the_instance_with_its_reason_in_history()
    {
        var businessKey = WorkflowTestHost.NewKey("claim");
        var instance = await StartAsync(businessKey);

        var response = await Client.ProcessInstances.DeleteAsync(instance.Id, "Claim withdrawn by partner");

        Assert.Equal(204, response.Status);
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.ProcessInstances.GetAsync(instance.Id));
        var history = Assert.Single(await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = businessKey }).ToListAsync());
        Assert.Equal("Claim withdrawn by partner", history.DeleteReason);
        Assert.True(history.Finished);
        var task = Assert.Single(await Client.History.ListTasksAsync(new HistoricTaskQuery { ProcessInstanceId = instance.Id }).ToListAsync());
        Assert.Equal("Claim withdrawn by partner", task.DeleteReason);
        Assert.Empty(await Client.Tasks.ListAsync(new TaskQuery { ProcessInstanceId = instance.Id }).ToListAsync());
    }

    [Fact]
    public async Task Variables_are_set_and_read_one_by_one_and_together()
    {
        var instance = await StartAsync(WorkflowTestHost.NewKey("claim"), WorkflowVariable.FromInt32("attempts", 1));

        var set = await Client.ProcessInstances.SetVariablesAsync(instance.Id, [WorkflowVariable.FromInt32("attempts", 2), WorkflowVariable.FromString("owner", "claims-team")]);
        var added = await Client.ProcessInstances.AddVariablesAsync(instance.Id, [WorkflowVariable.FromBoolean("urgent", true)]);
        var all = (await Client.ProcessInstances.GetVariablesAsync(instance.Id)).Value;
        WorkflowVariable owner = await Client.ProcessInstances.GetVariableAsync(instance.Id, "owner");

        Assert.Equal(["attempts", "owner"], set.Select(v => v.Name));
        Assert.Equal(201, added.GetRawResponse().Status);
        Assert.True(all.Single(v => v.Name == "urgent").AsBoolean());
        Assert.Equal(2, all.Single(v => v.Name == "attempts").AsInt32());
        Assert.Equal("claims-team", owner.AsString());
        Assert.Equal(WorkflowVariableType.String, owner.Type);
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.ProcessInstances.GetVariableAsync(instance.Id, "missing"));
    }
}
