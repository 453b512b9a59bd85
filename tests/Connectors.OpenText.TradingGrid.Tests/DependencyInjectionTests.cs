using Connectors.Core.DependencyInjection;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void Missing_company_id_fails_validation_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddTradingGrid(o =>
        {
            o.TenantId = "t";
            o.ClientId = "c";
            o.ClientSecret = "s";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<TradingGridClientOptions>>().Get(Options.DefaultName));

        Assert.Contains(error.Failures, f => f.Contains("CompanyId", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Named_clients_talk_to_their_own_company()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var buyer = await TradingGridEmulator.StartAsync(identity);
        await using var other = await TradingGridEmulator.StartAsync(identity, companyId: "GC0OTHER", seed: false);
        var services = new ServiceCollection();
        services.AddTradingGrid("buyer", o => TradingGridTestEnvironment.Configure(o, identity, buyer));
        services.AddTradingGrid("other", o =>
        {
            TradingGridTestEnvironment.Configure(o, identity, other);
            o.CompanyId = "GC0OTHER";
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IConnectorClientFactory<TradingGridClient>>();

        var buyerPartners = await factory.CreateClient("buyer").Partners.ListAsync().ToListAsync();
        var otherPartners = await factory.CreateClient("other").Partners.ListAsync().ToListAsync();

        Assert.Equal(3, buyerPartners.Count);
        Assert.Empty(otherPartners);
    }

    [Fact]
    public async Task The_client_is_configured_from_a_configuration_section()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await TradingGridEmulator.StartAsync(identity);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TradingGrid:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["TradingGrid:AuthenticationBaseAddress"] = identity.BaseAddress.ToString(),
            ["TradingGrid:ClientId"] = OpenTextIdentityEmulator.DefaultConsumerKey,
            ["TradingGrid:ClientSecret"] = OpenTextIdentityEmulator.DefaultConsumerSecret,
            ["TradingGrid:CompanyId"] = TradingGridSeed.CompanyId,
            ["TradingGrid:PageSize"] = "2",
            ["TradingGrid:Resilience:MaxRetryAttempts"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddTradingGrid(configuration.GetSection("TradingGrid"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TradingGridClient>();

        var pages = await client.Spaces.ListAsync().AsPages().ToListAsync(); // an assumed list: paged by PageSize
        var options = provider.GetRequiredService<IOptionsMonitor<TradingGridClientOptions>>().Get(Options.DefaultName);

        Assert.Equal(2, pages.Count);
        Assert.Equal(2, pages[0].Values.Count);
        Assert.Equal(1, options.Resilience.MaxRetryAttempts);
    }

    [Fact]
    public async Task A_client_with_only_a_consumer_key_secret_and_company_signs_in_at_the_grid_token_route_and_lists_its_partners()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await TradingGridEmulator.StartAsync(identity);
        var services = new ServiceCollection();
        services.AddTradingGrid(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AuthenticationBaseAddress = identity.BaseAddress;
            o.ClientId = OpenTextIdentityEmulator.DefaultConsumerKey;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultConsumerSecret;
            o.CompanyId = TradingGridSeed.CompanyId;
        });
        await using var provider = services.BuildServiceProvider();

        var partners = await provider.GetRequiredService<TradingGridClient>().Partners.ListAsync().ToListAsync();

        Assert.Equal(3, partners.Count);
        var token = Assert.Single(identity.TokenRequests);
        Assert.Equal(("TradingGrid", "/v1/oauth2/tokens", "?grant_type=client_credentials", true), (token.Flow, token.Path, token.Query, token.BasicAuthorization));
    }

    [Fact]
    public void Options_never_show_the_secret()
    {
        var options = new TradingGridClientOptions { TenantId = "t", ClientId = "c", ClientSecret = "super-secret", CompanyId = "GC1" };

        Assert.DoesNotContain("super-secret", options.ToString(), StringComparison.Ordinal);
        Assert.Equal(TradingGridClientOptions.ProductionAddress, options.BaseAddress);
        Assert.Empty(options.Validate());
    }
}
