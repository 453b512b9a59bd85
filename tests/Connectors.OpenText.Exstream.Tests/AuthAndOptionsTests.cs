using Connectors.Core;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class AuthAndOptionsTests
{
    [Fact]
    public async Task Wrong_client_credentials_are_a_typed_authentication_error()
    {
        await using var ctx = await ExstreamTestContext.StartAsync(clientSecret: "wrong-secret");

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => ctx.Client.Jobs.GetAsync("j-1"));
        Assert.Equal((ExstreamClient.SystemName, OpenTextIdentityEmulator.DefaultTenant, "invalid_client"), (error.Product, error.TenantId, error.ErrorCode));
        Assert.Empty(ctx.Exstream.Jobs);
    }

    [Fact]
    public async Task A_revoked_token_is_refreshed_once_and_the_call_succeeds()
    {
        await using var ctx = await ExstreamTestContext.StartAsync();
        await ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email());
        var tokensBefore = ctx.Identity.TokenRequestCount;

        ctx.Identity.RevokeAll();
        var jobs = await ctx.Client.Jobs.ListAsync().ToListAsync();

        Assert.Single(jobs);
        Assert.Equal(tokensBefore + 1, ctx.Identity.TokenRequestCount);
    }

    [Fact]
    public async Task A_hanging_service_becomes_a_typed_timeout()
    {
        await using var ctx = await ExstreamTestContext.StartAsync(attemptTimeout: TimeSpan.FromSeconds(1));
        ctx.Exstream.Faults.Add(Fault.Hang(), count: null, pathContains: "/jobs/");

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => ctx.Client.Jobs.GetAsync("j-1"));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task The_client_resolves_from_di_by_name()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var exstream = await ExstreamEmulator.StartAsync(identity);
        var services = new ServiceCollection();
        services.AddExstream("claims-prod", o => ExstreamTestContext.Configure(o, identity, exstream));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<Connectors.Core.DependencyInjection.IConnectorClientFactory<ExstreamClient>>().CreateClient("claims-prod");
        var generated = await client.Communications.GenerateAsync(new OnDemandRequest
        {
            CommunicationId = ExstreamEmulator.ApprovalLetter,
            DriverDataSource = "Driver",
            Data = new System.Text.Json.Nodes.JsonObject { ["name"] = "Named Client" },
        });

        Assert.Equal(ExstreamEmulator.DefaultDomain, client.Domain);
        Assert.Single(generated.Value);
    }

    [Fact]
    public void Options_bind_from_configuration()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Exstream:BaseAddress"] = "https://cc.example.com",
                ["Exstream:Domain"] = "claims",
                ["Exstream:Region"] = "eu-1",
                ["Exstream:TenantId"] = "t-1",
                ["Exstream:ClientId"] = "c-1",
                ["Exstream:ClientSecret"] = "s-1",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddExstream(configuration.GetSection("Exstream"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<ExstreamClientOptions>>().Get(Options.DefaultName);

        Assert.Equal("claims", options.Domain);
        Assert.Equal(new Uri("https://cc.example.com"), options.BaseAddress);
        Assert.Equal(new Uri("https://eu-1.api.opentext.com/tenants/t-1/oauth2/token"), options.GetTokenEndpoint()); // never the product host
    }

    [Fact]
    public void Missing_domain_is_reported_by_validation()
    {
        var options = new ExstreamClientOptions { BaseAddress = new Uri("https://cc.example.com"), TenantId = "t", ClientId = "c", ClientSecret = "s" };

        Assert.Contains(options.Validate(), e => e.Contains("Domain", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new ExstreamClient(new HttpClient(), options));
    }

    [Fact]
    public void Options_never_print_the_secret()
    {
        var options = new ExstreamClientOptions { ClientSecret = "super-secret", TenantId = "t" };

        Assert.DoesNotContain("super-secret", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("whsec-123", new CallbackRegistration { Url = new Uri("https://x"), Secret = "whsec-123" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_alone_builds_the_product_host_and_the_token_host_apart()
    {
        var options = new ExstreamClientOptions { Region = OpenTextRegion.Eu1, TenantId = "t-1", ClientId = "c", ClientSecret = "s", Domain = "claims" };

        Assert.Empty(options.Validate());
        Assert.Equal(new Uri("https://communication.eu-1.api.opentext.com/"), options.GetBaseAddress());
        Assert.Equal(new Uri("https://eu-1.api.opentext.com/tenants/t-1/oauth2/token"), options.GetTokenEndpoint());
    }

    [Theory]
    [InlineData("https://us.api.opentext.com/", "is the OpenText identity host")]
    [InlineData("https://communication.us.api.opentext.com/orchestration/api/v1/", "includes an API path")]
    public void A_base_address_that_is_not_the_Core_Communications_URL_is_refused_at_start_up(string baseAddress, string expected)
    {
        var options = new ExstreamClientOptions { BaseAddress = new Uri(baseAddress), Region = OpenTextRegion.Us, TenantId = "t", ClientId = "c", ClientSecret = "s", Domain = "claims" };

        Assert.Contains(options.Validate(), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_page_size_outside_1_to_1000_is_refused(int pageSize)
    {
        var options = new ExstreamClientOptions { Region = OpenTextRegion.Us, TenantId = "t", ClientId = "c", ClientSecret = "s", Domain = "claims", PageSize = pageSize };

        Assert.Contains(options.Validate(), e => e.Contains("PageSize", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_region_the_base_address_is_required()
    {
        var options = new ExstreamClientOptions { AuthenticationBaseAddress = new Uri("https://us.api.opentext.com/"), TenantId = "t", ClientId = "c", ClientSecret = "s", Domain = "claims" };

        Assert.Contains(options.Validate(), e => e.Contains("BaseAddress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_health_probe_reads_a_published_route()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var exstream = await ExstreamEmulator.StartAsync(identity);
        var services = new ServiceCollection();
        services.AddExstream(o => ExstreamTestContext.Configure(o, identity, exstream));
        await using var provider = services.BuildServiceProvider();
        var probe = Assert.Single(provider.GetServices<Connectors.Core.DependencyInjection.ConnectorHealthProbe>());

        await probe.Probe(provider, CancellationToken.None);
        exstream.Faults.Add(Fault.Status(503), count: null, pathContains: "/design/api/v1/domains");

        await Assert.ThrowsAnyAsync<ConnectorException>(() => probe.Probe(provider, CancellationToken.None));
    }
}
