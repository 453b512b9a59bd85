using Connectors.Core.DependencyInjection;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.WorkflowService;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class ClientRegistrationTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    [Fact]
    public async Task The_client_binds_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BaseAddress"] = host.Emulator.ApiBaseAddress.ToString(),
            ["AuthenticationBaseAddress"] = host.Identity.BaseAddress.ToString(),
            ["TenantId"] = OpenTextIdentityEmulator.DefaultTenant,
            ["ClientId"] = OpenTextIdentityEmulator.DefaultClientId,
            ["ClientSecret"] = OpenTextIdentityEmulator.DefaultClientSecret,
            ["DefaultPageSize"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddWorkflowService(configuration);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<WorkflowServiceClient>();
        var firstPage = await client.Models.ListAsync().AsPages().FirstAsync();

        Assert.Equal(2, firstPage.Values.Count);
        Assert.NotNull(firstPage.ContinuationToken);
    }

    [Fact]
    public async Task Named_clients_are_resolved_through_the_factory()
    {
        var services = new ServiceCollection();
        services.AddWorkflowService("emea", o =>
        {
            o.BaseAddress = host.Emulator.ApiBaseAddress;
            o.AuthenticationBaseAddress = host.Identity.BaseAddress;
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IConnectorClientFactory<WorkflowServiceClient>>().CreateClient("emea");
        WorkflowModel definition = await client.Models.GetLatestAsync(SeedModels.ClaimsKey);

        Assert.Equal(SeedModels.ClaimsKey, definition.Key);
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IConnectorClientFactory<WorkflowServiceClient>>().CreateClient("apac"));
    }

    [Fact]
    public async Task Services_can_be_mocked_with_the_model_factory()
    {
        var tasks = Substitute.For<WorkflowTaskService>();
        var client = Substitute.For<WorkflowServiceClient>();
        client.Tasks.Returns(tasks);
        var task = WorkflowServiceModelFactory.WorkflowTask("t1", "approval", "p1", candidateGroups: ["claims-approvers"]);
        tasks.ListAsync(Arg.Any<TaskQuery>()).Returns(Connectors.Core.AsyncPageable<WorkflowTask>.FromPages([Connectors.Core.Page<WorkflowTask>.FromValues([task])]));

        var listed = await client.Tasks.ListAsync(new TaskQuery { CandidateGroup = "claims-approvers" }).ToListAsync();

        Assert.Equal("approval", Assert.Single(listed).TaskDefinitionKey);
    }

    [Fact]
    public async Task Cancelling_the_list_token_stops_enumeration()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.Tasks.ListAsync(cancellationToken: cancellation.Token).ToListAsync());
    }
}
