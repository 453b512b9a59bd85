using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.OpenText.Tests;

public sealed class IdentityTests : IAsyncLifetime
{
    private OpenTextIdentityEmulator _identity = null!;
    private EmulatorHost _product = null!;

    public async Task InitializeAsync()
    {
        _identity = await OpenTextIdentityEmulator.StartNewAsync();
        _product = await EmulatorHost.StartAsync("Product", app => app.MapGet("/tenants/{tenantId}/things", (string tenantId, HttpRequest request)
            => _identity.Authorize(request, tenantId) ?? Results.Json(new { tenant = tenantId })));
    }

    public async Task DisposeAsync()
    {
        await _product.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Fifty_concurrent_calls_share_one_token_fetch()
    {
        using var services = Build();
        var client = services.GetRequiredService<ProductClient>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetThingsAsync()));

        Assert.Equal(1, _identity.TokenRequestCount);
    }

    [Fact]
    public async Task A_revoked_token_is_refreshed_once_and_the_call_succeeds()
    {
        using var services = Build();
        var client = services.GetRequiredService<ProductClient>();
        await client.GetThingsAsync();

        _identity.RevokeAll();
        var status = await client.GetThingsAsync();

        Assert.Equal(200, status);
        Assert.Equal(2, _identity.TokenRequestCount);
    }

    [Fact]
    public async Task A_token_that_expires_mid_run_is_replaced_before_it_is_refused()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _identity.Time = time;
        _identity.TokenLifetime = TimeSpan.FromMinutes(5);
        using var services = Build(time);
        var client = services.GetRequiredService<ProductClient>();

        await client.GetThingsAsync();
        time.Advance(TimeSpan.FromMinutes(4.5)); // inside the 60 s refresh margin
        await client.GetThingsAsync();
        time.Advance(TimeSpan.FromMinutes(10)); // the second token has expired on the server too
        var status = await client.GetThingsAsync();

        Assert.Equal(200, status);
        Assert.Equal(3, _identity.TokenRequestCount);
    }

    [Fact]
    public async Task A_wrong_secret_is_a_typed_invalid_credentials_error_without_the_secret()
    {
        using var services = Build(configure: o => o.ClientSecret = "wrong-secret-123");
        var client = services.GetRequiredService<ProductClient>();

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => client.GetThingsAsync());

        Assert.Equal(AuthenticationFailureReason.InvalidCredentials, error.Reason);
        Assert.Equal(("invalid_client", 401), (error.ErrorCode, error.Status));
        Assert.Equal(("OpenText.Product", OpenTextIdentityEmulator.DefaultTenant), (error.Product, error.TenantId));
        Assert.Equal(_identity.TokenEndpoint().ToString(), error.TokenAddress);
        Assert.Contains($"tenant '{OpenTextIdentityEmulator.DefaultTenant}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(_identity.TokenEndpoint().ToString(), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-123", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_tenant_is_a_typed_error()
    {
        using var services = Build(configure: o => o.TenantId = "no-such-tenant");
        var client = services.GetRequiredService<ProductClient>();

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => client.GetThingsAsync());

        Assert.Equal(AuthenticationFailureReason.UnknownTenant, error.Reason);
        Assert.Equal("no-such-tenant", error.TenantId);
    }

    [Fact]
    public async Task A_locked_client_is_a_typed_error()
    {
        _identity.SetLocked(OpenTextIdentityEmulator.DefaultTenant, OpenTextIdentityEmulator.DefaultClientId, true);
        using var services = Build();
        var client = services.GetRequiredService<ProductClient>();

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => client.GetThingsAsync());

        Assert.Equal(AuthenticationFailureReason.Locked, error.Reason);
    }

    [Fact]
    public async Task The_password_grant_is_used_when_a_user_is_configured()
    {
        using var services = Build(configure: o =>
        {
            o.UserName = OpenTextIdentityEmulator.DefaultUserName;
            o.Password = OpenTextIdentityEmulator.DefaultPassword;
        });

        Assert.Equal(200, await services.GetRequiredService<ProductClient>().GetThingsAsync());

        using var wrong = Build(configure: o =>
        {
            o.UserName = OpenTextIdentityEmulator.DefaultUserName;
            o.Password = "nope";
        });
        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => wrong.GetRequiredService<ProductClient>().GetThingsAsync());
        Assert.Equal("invalid_grant", error.ErrorCode);
        var requests = _identity.TokenRequests.ToList();
        Assert.All(requests, r => Assert.Equal(("application/x-www-form-urlencoded", true), (r.ContentType, r.BasicAuthorization)));
    }

    [Fact]
    public async Task Two_clients_with_the_same_credentials_share_the_token()
    {
        using var services = Build();
        var first = services.GetRequiredService<ProductClient>();
        var second = services.GetRequiredService<ProductClient>();

        await first.GetThingsAsync();
        await second.GetThingsAsync();

        Assert.Equal(1, _identity.TokenRequestCount);
    }

    [Fact]
    public void Missing_credentials_fail_validation_with_a_clear_message()
    {
        var options = new ProductOptions { BaseAddress = new Uri("http://127.0.0.1:1/") };

        var errors = options.Validate().ToList();

        Assert.Contains(errors, e => e.Contains("TenantId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ClientId and ClientSecret", StringComparison.Ordinal));
        Assert.DoesNotContain("secret-x", new ProductOptions { ClientSecret = "secret-x" }.ToString(), StringComparison.Ordinal);
    }

    private ServiceProvider Build(TimeProvider? time = null, Action<ProductOptions>? configure = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddOpenTextClient(
            string.Empty,
            new ConnectorClientRegistration<ProductClient, ProductOptions>("OpenText.Product", (_, http, o) => new ProductClient(new ApiConnection(http, new ApiConnectionOptions("OpenText.Product", OpenTextErrorParser.Parse)), o.TenantId)),
            o =>
            {
                o.BaseAddress = _product.BaseAddress;
                o.AuthenticationBaseAddress = _identity.BaseAddress;
                o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
                o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
                o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
                configure?.Invoke(o);
            });
        return services.BuildServiceProvider();
    }

    private sealed class ProductOptions : OpenTextClientOptions;

    private sealed class ProductClient(ApiConnection connection, string tenant)
    {
        public async Task<int> GetThingsAsync(CancellationToken cancellationToken = default)
            => (await connection.SendAsync(ApiRequest.Get($"tenants/{tenant}/things"), cancellationToken)).Status;
    }
}
