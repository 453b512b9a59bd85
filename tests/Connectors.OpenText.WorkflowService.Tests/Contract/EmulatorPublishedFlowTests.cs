using System.Text.Json;
using Connectors.Core;
using Connectors.Emulators.Hosting;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.WorkflowService.Tests.Contract;

/// <summary>
/// The emulator accepts OpenText's published requests: the Contract Approval model of the collection is deployed, found
/// by key, started, its task found with the demo's query, claimed and completed with the published bodies, and deleted.
/// The bad inputs come back as typed errors with the service's message, and nothing unsafe is retried.
/// </summary>
public sealed class EmulatorPublishedFlowTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = new();

    private WorkflowServiceClient Client => _host.Client;

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private static JsonDocument PublishedModel()
    {
        var create = PostmanCollection.Load(
                Path.Combine(AppContext.BaseDirectory, "Vendor", "imaas-developer-tutorial.workflow-service.json"),
                new Dictionary<string, string> { ["base_url"] = "https://na-1.api.opentext.com" })
            .Single(r => r.Name == "Create 'Contract Approval' process model");
        return JsonDocument.Parse(create.RawBody!);
    }

    [Fact]
    public async Task The_published_contract_approval_model_is_deployed_started_claimed_completed_and_deleted()
    {
        using var body = PublishedModel();
        WorkflowModel deployed = await Client.Models.DeployAsync(body.RootElement.GetProperty("modelContent"), body.RootElement.GetProperty("modelType").GetString()!);
        WorkflowModel latest = await Client.Models.GetLatestAsync("contract_approval");
        ProcessInstance instance = await Client.ProcessInstances.StartAsync("contract_approval", new StartProcessOptions { BusinessKey = "c-17" });
        var query = new TaskQuery { Sort = "createTime", Order = SortOrder.Descending, Name = "Line Manager Approval", CandidateOrAssigned = "jdoe", IncludeVariables = true };
        var task = Assert.Single(await Client.Tasks.ListAsync(query).ToListAsync());

        await Client.Tasks.ClaimAsync(task.Id, "jdoe");
        var claimed = Assert.Single(await Client.Tasks.ListAsync(query).ToListAsync());
        await Client.Tasks.CompleteAsync(task.Id, [WorkflowVariable.FromValue("approver", "jdoe")], "approved");
        var next = await Client.OpenTaskAsync(instance.Id);
        WorkflowVariable approver = await Client.ProcessInstances.GetVariableAsync(instance.Id, "approver");
        var deleted = await Client.Models.DeleteAsync(deployed.Id);

        Assert.Equal(("contract_approval", "Contract Approval"), (deployed.Key, deployed.Name));
        Assert.Equal(deployed.Id, latest.Id);
        Assert.Equal("jdoe", claimed.Assignee);
        Assert.Equal("Risk Manager Approval", next.Name);
        Assert.Equal("jdoe", approver.AsString());
        Assert.Equal(204, deleted.Status);
        Assert.Empty(await Client.Models.ListAsync("contract_approval").ToListAsync());
    }

    [Fact]
    public async Task Completing_a_completed_task_is_typed_and_carries_the_service_message()
    {
        ProcessInstance instance = await Client.ProcessInstances.StartAsync("claims-process", new StartProcessOptions { BusinessKey = WorkflowTestHost.NewKey("claim") });
        var task = await Client.OpenTaskAsync(instance.Id);
        await Client.Tasks.CompleteAsync(task.Id);

        var error = await Assert.ThrowsAsync<WorkflowTaskAlreadyCompletedException>(() => Client.Tasks.CompleteAsync(task.Id));

        Assert.Equal(task.Id, error.TaskId);
        Assert.Contains(task.Id, error.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_of_an_unknown_type_is_a_validation_error_with_the_service_message()
    {
        ProcessInstance instance = await Client.ProcessInstances.StartAsync("claims-process", new StartProcessOptions { BusinessKey = WorkflowTestHost.NewKey("claim") });
        using var value = JsonDocument.Parse("1");

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            Client.ProcessInstances.AddVariablesAsync(instance.Id, [new WorkflowVariable("weight", WorkflowVariableType.Create("blob"), value.RootElement)]));

        Assert.Equal(400, error.Status);
        Assert.Contains("unknown type 'blob'", error.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_instance_is_not_found_with_the_service_message()
    {
        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.ProcessInstances.GetAsync("no-such-instance"));

        Assert.Contains("no-such-instance", error.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_completion_that_fails_with_503_is_not_resent()
    {
        ProcessInstance instance = await Client.ProcessInstances.StartAsync("claims-process", new StartProcessOptions { BusinessKey = WorkflowTestHost.NewKey("claim") });
        var task = await Client.OpenTaskAsync(instance.Id);
        _host.Emulator.Faults.Add(Fault.Status(503), count: 3, pathContains: "/tasks/" + task.Id, method: "POST");

        await Assert.ThrowsAnyAsync<ConnectorException>(() => Client.Tasks.CompleteAsync(task.Id));

        Assert.Equal(1, _host.Emulator.Faults.InjectedCount);
        Assert.Equal(task.Id, (await Client.OpenTaskAsync(instance.Id)).Id);
    }
}
