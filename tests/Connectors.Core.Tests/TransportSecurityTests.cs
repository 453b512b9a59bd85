using Connectors.Core.DependencyInjection;
using Connectors.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Core.Tests;

/// <summary>Credentials never travel in cleartext unless a test rig says so, loudly.</summary>
public sealed class TransportSecurityTests
{
    [Theory]
    [InlineData("https://api.bigcommerce.com/stores/abc/", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://localhost:5000/", true)]
    [InlineData("http://[::1]:5000/", true)]
    [InlineData("http://api.bigcommerce.com/stores/abc/", false)]
    [InlineData("http://10.0.0.5/", false)]
    public void Only_https_or_the_loopback_carry_credentials(string address, bool valid)
    {
        var options = new TestOptions { BaseAddress = new Uri(address) };

        var errors = options.Validate().ToList();

        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            Assert.Contains("not https", Assert.Single(errors), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_dangerous_opt_out_lets_a_test_rig_use_http()
    {
        var options = new TestOptions { BaseAddress = new Uri("http://rig.internal/"), DangerousAllowHttp = true };

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void A_client_with_an_http_address_to_another_host_fails_at_start_up_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddConnectorClient(
            string.Empty,
            new ConnectorClientRegistration<TestClient, TestOptions>("Test", (_, http, _) => new TestClient(new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None)))),
            o => o.BaseAddress = new Uri("http://api.example.com/"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<TestOptions>>().Get(string.Empty));

        Assert.Contains("BaseAddress 'http://api.example.com' is not https", error.Message, StringComparison.Ordinal);
        Assert.Contains("DangerousAllowHttp", error.Message, StringComparison.Ordinal);
    }
}
