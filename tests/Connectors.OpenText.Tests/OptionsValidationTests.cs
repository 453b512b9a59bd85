using Connectors.Core.DependencyInjection;
using Connectors.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.OpenText.Tests;

/// <summary>Start-up validation names the missing or contradictory identity setting; token URLs are built per flow.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData(OpenTextRegion.Us, "https://us.api.opentext.com/tenants/t-1/oauth2/token")]
    [InlineData(OpenTextRegion.Eu1, "https://eu-1.api.opentext.com/tenants/t-1/oauth2/token")]
    [InlineData(OpenTextRegion.Na1, "https://na-1.api.opentext.com/tenants/t-1/oauth2/token")]
    [InlineData(OpenTextRegion.Au, "https://au.api.opentext.com/tenants/t-1/oauth2/token")]
    [InlineData("na-1-dev", "https://na-1-dev.api.opentext.com/tenants/t-1/oauth2/token")]
    public void A_region_builds_the_tenant_token_url_on_the_identity_host_not_the_product_host(string region, string expected)
    {
        var options = Valid(o => o.Region = region);

        Assert.Empty(options.Validate());
        Assert.Equal(new Uri(expected), options.GetTokenEndpoint());
        Assert.NotEqual(options.BaseAddress!.Host, options.GetTokenEndpoint().Host);
    }

    [Fact]
    public void Without_region_or_identity_host_the_tenant_flow_refuses_to_fall_back_to_the_product_host()
    {
        var options = Valid(o => o.Region = null);

        var error = Assert.Single(options.Validate());
        Assert.Contains("Set Region (us, eu-1, na-1, au) or AuthenticationBaseAddress", error, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => options.GetTokenEndpoint());
    }

    [Fact]
    public void A_token_host_over_plain_http_to_another_machine_is_refused_so_the_client_secret_never_travels_in_cleartext()
    {
        var otds = Valid(o =>
        {
            o.Region = null;
            o.TokenFlow = OpenTextTokenFlow.Otds;
            o.AuthenticationBaseAddress = new Uri("http://otds.example.com/");
        });
        var endpoint = Valid(o => o.TokenEndpoint = new Uri("http://idp.example.com/tenants/t-1/oauth2/token"));
        var rig = Valid(o =>
        {
            o.TokenEndpoint = new Uri("http://idp.example.com/tenants/t-1/oauth2/token");
            o.DangerousAllowHttp = true;
        });

        Assert.Contains("AuthenticationBaseAddress 'http://otds.example.com' is not https", Assert.Single(otds.Validate()), StringComparison.Ordinal);
        Assert.Contains("TokenEndpoint 'http://idp.example.com' is not https", Assert.Single(endpoint.Validate()), StringComparison.Ordinal);
        Assert.Empty(rig.Validate());
    }

    [Fact]
    public void Otds_urls_carry_the_tenant_when_there_is_one()
    {
        var withTenant = Valid(o =>
        {
            o.Region = null;
            o.TokenFlow = OpenTextTokenFlow.Otds;
            o.AuthenticationBaseAddress = new Uri("https://otds.example.com/");
        });
        var tenantLess = Valid(o =>
        {
            o.Region = null;
            o.TokenFlow = OpenTextTokenFlow.Otds;
            o.AuthenticationBaseAddress = new Uri("https://otds.example.com");
            o.TenantId = string.Empty;
        });

        Assert.Empty(withTenant.Validate());
        Assert.Empty(tenantLess.Validate());
        Assert.Equal(new Uri("https://otds.example.com/otdsws/otdstenant/t-1/oauth2/token"), withTenant.GetTokenEndpoint());
        Assert.Equal(new Uri("https://otds.example.com/otdsws/oauth2/token"), tenantLess.GetTokenEndpoint());
    }

    [Fact]
    public void The_trading_grid_flow_needs_no_tenant_and_signs_in_on_its_own_host()
    {
        var options = new TokenFlowTests.GridOptions { BaseAddress = new Uri("https://apigrid.opentext.com/"), ClientId = "key", ClientSecret = "secret" };

        Assert.Empty(options.Validate());
        Assert.Equal(new Uri("https://apigrid.opentext.com/v1/oauth2/tokens"), options.GetTokenEndpoint());
    }

    public static TheoryData<string, Action<OpenTextClientOptions>, string> Contradictions => new()
    {
        { "tenant token URL on Trading Grid", o => o.TokenEndpoint = new Uri("https://us.api.opentext.com/tenants/t-1/oauth2/token"), "TokenEndpoint https://us.api.opentext.com/tenants/t-1/oauth2/token is a tenant token URL" },
        { "region on Trading Grid", o => o.Region = "us", "Remove Region" },
        { "password grant on Trading Grid", o => { o.UserName = "ada"; o.Password = "pw"; }, "client credentials only" },
        { "tenant flow on Trading Grid", o => o.TokenFlow = OpenTextTokenFlow.Tenant, "TokenFlow must be TradingGrid" },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void A_trading_grid_client_given_a_contradictory_setting_is_refused_at_start_up_naming_it(string _, Action<OpenTextClientOptions> change, string expected)
    {
        var options = new TokenFlowTests.GridOptions { BaseAddress = new Uri("https://apigrid.opentext.com/"), ClientId = "key", ClientSecret = "secret" };
        change(options);

        Assert.Contains(options.Validate(), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Developer_cloud_contradictions_are_named()
    {
        Assert.Contains(Valid(o => o.AuthenticationBaseAddress = new Uri("https://us.api.opentext.com/")).Validate(),
            e => e.Contains("Region and AuthenticationBaseAddress both name the identity host", StringComparison.Ordinal));
        Assert.Contains(Valid(o => o.TokenEndpoint = new Uri("https://apigrid.opentext.com/v1/oauth2/tokens")).Validate(),
            e => e.Contains("is a Trading Grid token URL, but TokenFlow is Tenant", StringComparison.Ordinal));
        Assert.Contains(Valid(o => o.TokenFlow = OpenTextTokenFlow.TradingGrid).Validate(),
            e => e.Contains("TokenFlow TradingGrid signs in Trading Grid only", StringComparison.Ordinal));
        Assert.Contains(Valid(o => o.Region = "EU 1").Validate(), e => e.Contains("Region 'EU 1' is not a region label", StringComparison.Ordinal));
        Assert.Contains(Valid(o => o.TenantId = " ").Validate(), e => e.Contains("TenantId is required by the Tenant token flow", StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_refuses_to_start_with_a_message_naming_client_and_setting()
    {
        var services = new ServiceCollection();
        services.AddOpenTextClient("eu", new ConnectorClientRegistration<object, TokenFlowTests.ProductOptions>("OpenText.Product", (_, _, _) => new object()), o =>
        {
            o.BaseAddress = new Uri("https://communication.eu-1.api.opentext.com/");
            o.TenantId = "t-1";
            o.ClientId = "c";
            o.ClientSecret = "s";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<TokenFlowTests.ProductOptions>>().Get("eu"));

        Assert.Contains("OpenText.Product client 'eu': Set Region", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void To_string_never_shows_a_secret()
    {
        var options = Valid(o =>
        {
            o.ClientSecret = "secret-x";
            o.UserName = "ada";
            o.Password = "password-y";
        });

        Assert.DoesNotContain("secret-x", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("password-y", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-x", options.GetCredentials().ToString(), StringComparison.Ordinal);
    }

    private static TokenFlowTests.ProductOptions Valid(Action<TokenFlowTests.ProductOptions> change)
    {
        var options = new TokenFlowTests.ProductOptions
        {
            BaseAddress = new Uri("https://communication.us.api.opentext.com/"),
            Region = OpenTextRegion.Us,
            TenantId = "t-1",
            ClientId = "c",
            ClientSecret = "s",
        };
        change(options);
        return options;
    }
}
