using System.Text.Json;
using Connectors.Core;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class ProcessDefinitionTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private WorkflowServiceClient Client => host.Client;

    [Fact]
    public async Task List_returns_the_seeded_definitions()
    {
        var definitions = await Client.ProcessDefinitions.ListAsync().ToListAsync();

        Assert.Equal(
            new[] { SeedModels.ClaimsKey, SeedModels.DocumentReviewKey, SeedModels.PartnerOnboardingKey },
            definitions.Select(d => d.Key).Where(k => k is SeedModels.ClaimsKey or SeedModels.DocumentReviewKey or SeedModels.PartnerOnboardingKey).Order());
    }

    [Fact]
    public async Task Get_latest_by_key_and_by_id()
    {
        ProcessDefinition latest = await Client.ProcessDefinitions.GetLatestAsync(SeedModels.PartnerOnboardingKey);
        ProcessDefinition byId = await Client.ProcessDefinitions.GetAsync(latest.Id);

        Assert.Equal(SeedModels.PartnerOnboardingKey, latest.Key);
        Assert.Equal("Partner onboarding", latest.Name);
        Assert.Equal(latest.Id, byId.Id);
        Assert.Equal(latest.Version, byId.Version);
    }

    [Fact]
    public async Task Get_latest_of_an_unknown_key_is_not_found()
    {
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.ProcessDefinitions.GetLatestAsync("no-such-process"));
    }

    [Fact]
    public async Task Deploying_a_model_twice_creates_a_new_latest_version_that_starts_new_instances()
    {
        var key = WorkflowTestHost.NewKey("certificate");
        using var model = JsonDocument.Parse($$"""
            {
              "key": "{{key}}", "name": "Certificate validation", "start": "completeness",
              "nodes": [
                { "id": "completeness", "type": "userTask", "name": "Completeness check", "candidateGroups": ["compliance"], "next": "review" },
                { "id": "review", "type": "userTask", "name": "Certificate review", "candidateGroups": ["compliance-reviewers"], "next": "done" },
                { "id": "done", "type": "endEvent" }
              ]
            }
            """);

        ProcessDefinition first = await Client.ProcessDefinitions.DeployAsync(key, "json", model.RootElement);
        ProcessDefinition second = await Client.ProcessDefinitions.DeployAsync(key, "json", model.RootElement);
        ProcessDefinition latest = await Client.ProcessDefinitions.GetLatestAsync(key);
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(key);

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(second.Id, latest.Id);
        Assert.Equal(second.Id, instance.ProcessDefinitionId);
        Assert.Equal(2, (await Client.ProcessDefinitions.ListAsync(key, latestOnly: false).ToListAsync()).Count);
        Assert.Equal("completeness", (await Client.OpenTaskAsync(instance.Id)).TaskDefinitionKey);
    }

    [Fact]
    public async Task Deploying_an_invalid_model_is_a_validation_error()
    {
        using var model = JsonDocument.Parse("""{ "key": "broken", "start": "a", "nodes": [ { "id": "a", "type": "userTask", "next": "nowhere" } ] }""");

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => Client.ProcessDefinitions.DeployAsync("broken", "json", model.RootElement));

        Assert.Equal(400, error.Status);
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }
}
