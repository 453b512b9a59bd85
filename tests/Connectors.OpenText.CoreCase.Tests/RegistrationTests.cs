using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Missing_tenant_fails_at_start_up_with_a_clear_message()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        var services = new ServiceCollection();
        services.AddCoreCase(o =>
        {
            ClientHost.Configure(o, emulators);
            o.TenantId = string.Empty;
            o.PageSize = 500;
        });
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CoreCaseClient>());

        Assert.Contains("TenantId is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("PageSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_clients_per_tenant_are_isolated()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        emulators.Identity.AddClient("tenant-2", "client-2", "secret-2");
        var services = new ServiceCollection();
        services.AddCoreCase("eu", o => ClientHost.Configure(o, emulators));
        services.AddCoreCase("us", o =>
        {
            ClientHost.Configure(o, emulators);
            o.TenantId = "tenant-2";
            o.ClientId = "client-2";
            o.ClientSecret = "secret-2";
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IConnectorClientFactory<CoreCaseClient>>();

        CaseInstance us = await factory.CreateClient("us").Cases.CreateAsync(ClientHost.NewCase("us case"));
        var seenFromEu = await Assert.ThrowsAsync<CaseNotFoundException>(() => factory.CreateClient("eu").Cases.GetAsync(us.Ref));

        Assert.Equal("tenant-2", emulators.CoreCase.State.FindCase(us.Id)!.TenantId);
        Assert.Equal(404, seenFromEu.Status);
        Assert.Equal(us.Ref, seenFromEu.Case);
    }

    [Fact]
    public async Task Options_bind_from_configuration()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CoreCase:BaseAddress"] = emulators.CoreCase.BaseAddress.ToString(),
            ["CoreCase:AuthenticationBaseAddress"] = emulators.Identity.BaseAddress.ToString(),
            ["CoreCase:TenantId"] = OpenTextIdentityEmulator.DefaultTenant,
            ["CoreCase:ClientId"] = OpenTextIdentityEmulator.DefaultClientId,
            ["CoreCase:ClientSecret"] = OpenTextIdentityEmulator.DefaultClientSecret,
            ["CoreCase:PageSize"] = "7",
        }).Build();
        var services = new ServiceCollection();
        services.AddCoreCase(configuration.GetSection("CoreCase"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<CoreCaseClient>();
        for (var i = 0; i < 8; i++)
        {
            await client.Cases.CreateAsync(ClientHost.NewCase($"case {i}"));
        }

        var first = await client.Cases.ListAsync(ClientHost.Definition).AsPages().FirstAsync();

        Assert.Equal(7, first.Values.Count);
        Assert.NotNull(first.ContinuationToken);
    }

    [Fact]
    public async Task Users_can_mock_the_client_with_the_model_factory()
    {
        var caseRef = new CaseRef("def-1", "c-1");
        var cases = Substitute.For<CaseService>();
        cases.GetAsync(caseRef).Returns(ResponseFactory.FromValue(CoreCaseModelFactory.CaseInstance(caseRef, "Mocked", CaseStatus.Resolved)));
        var client = Substitute.For<CoreCaseClient>();
        client.Cases.Returns(cases);

        CaseInstance found = await client.Cases.GetAsync(new CaseRef("def-1", "c-1"));

        Assert.Equal(CaseStatus.Resolved, found.Status);
        Assert.Equal(("def-1", "c-1"), (found.CaseDefinitionId, found.Id));
    }
}
