using System.Text.Json;
using Connectors.Core;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class ModelTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private WorkflowServiceClient Client => host.Client;

    private static JsonDocument CertificateModel(string key) => JsonDocument.Parse($$"""
        {
          "key": "{{key}}", "name": "Certificate validation", "start": "completeness",
          "nodes": [
            { "id": "completeness", "type": "userTask", "name": "Completeness check", "candidateGroups": ["compliance"], "next": "review" },
            { "id": "review", "type": "userTask", "name": "Certificate review", "candidateGroups": ["compliance-reviewers"], "next": "done" },
            { "id": "done", "type": "endEvent" }
          ]
        }
        """);

    [Fact]
    public async Task List_returns_the_seeded_models()
    {
        var models = await Client.Models.ListAsync().ToListAsync();

        Assert.Equal(
            new[] { SeedModels.ClaimsKey, SeedModels.DocumentReviewKey, SeedModels.PartnerOnboardingKey },
            models.Select(d => d.Key).Where(k => k is SeedModels.ClaimsKey or SeedModels.DocumentReviewKey or SeedModels.PartnerOnboardingKey).Order());
        Assert.All(models, m => Assert.Equal("json", m.ModelType));
    }

    [Fact]
    public async Task Get_latest_by_key()
    {
        WorkflowModel latest = await Client.Models.GetLatestAsync(SeedModels.PartnerOnboardingKey);

        Assert.Equal(SeedModels.PartnerOnboardingKey, latest.Key);
        Assert.Equal("Partner onboarding", latest.Name);
        Assert.False(string.IsNullOrEmpty(latest.Id));
    }

    [Fact]
    public async Task Get_latest_of_an_unknown_key_is_not_found()
    {
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.Models.GetLatestAsync("no-such-process"));
    }

    [Fact]
    public async Task Deploying_a_model_twice_creates_a_new_latest_version_that_starts_new_instances()
    {
        var key = WorkflowTestHost.NewKey("certificate");
        using var model = CertificateModel(key);

        WorkflowModel first = await Client.Models.DeployAsync(model.RootElement);
        WorkflowModel second = await Client.Models.DeployAsync(model.RootElement);
        WorkflowModel latest = await Client.Models.GetLatestAsync(key);
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(key);

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(second.Id, latest.Id);
        Assert.Equal(second.Id, instance.ProcessDefinitionId);
        Assert.Equal(2, (await Client.Models.ListAsync(key, latestOnly: false).ToListAsync()).Count);
        Assert.Single(await Client.Models.ListAsync(key, latestOnly: true, modelType: "json").ToListAsync());
        Assert.Equal("completeness", (await Client.OpenTaskAsync(instance.Id)).TaskDefinitionKey);
    }

    [Fact]
    public async Task Deleting_a_model_removes_it_from_the_list()
    {
        var key = WorkflowTestHost.NewKey("certificate");
        using var model = CertificateModel(key);
        WorkflowModel deployed = await Client.Models.DeployAsync(model.RootElement);

        var response = await Client.Models.DeleteAsync(deployed.Id);

        Assert.Equal(204, response.Status);
        Assert.Empty(await Client.Models.ListAsync(key, latestOnly: false).ToListAsync());
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client.Models.DeleteAsync(deployed.Id));
    }

    [Fact]
    public async Task Deploying_an_invalid_model_is_a_validation_error()
    {
        using var model = JsonDocument.Parse("""{ "key": "broken", "start": "a", "nodes": [ { "id": "a", "type": "userTask", "next": "nowhere" } ] }""");

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => Client.Models.DeployAsync(model.RootElement));

        Assert.Equal(400, error.Status);
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }
}
