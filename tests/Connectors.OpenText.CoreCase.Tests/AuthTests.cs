using Connectors.Core;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>OpenText identity through the lead's token cache and bearer handler, against the identity emulator.</summary>
public sealed class AuthTests
{
    [Fact]
    public async Task A_token_expiring_mid_run_is_refreshed_before_the_next_call()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await ClientHost.StartAsync(tokenClock: clock);
        host.Emulators.Identity.Time = clock;
        host.Emulators.Identity.TokenLifetime = TimeSpan.FromMinutes(10);
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));

        clock.Advance(TimeSpan.FromMinutes(11));
        CaseInstance fetched = await host.Client.Cases.GetAsync(created.Ref);

        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(2, host.Emulators.Identity.TokenRequestCount);
    }

    [Fact]
    public async Task A_token_the_server_considers_expired_gets_one_401_one_refresh_then_success()
    {
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await ClientHost.StartAsync();
        host.Emulators.Identity.Time = serverClock;
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));

        serverClock.Advance(TimeSpan.FromHours(2)); // the client's clock does not know
        await host.Client.Comments.AddAsync(created.Ref, "after expiry");

        Assert.Equal(2, host.Emulators.Identity.TokenRequestCount);
        Assert.Single(host.Emulators.CoreCase.State.FindCase(created.Id)!.Comments);
    }

    [Fact]
    public async Task A_revoked_token_is_refreshed_once_and_the_call_succeeds()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        var before = host.Emulators.Identity.ActiveTokens.Single();

        host.Emulators.Identity.RevokeAll();
        CaseInstance moved = await host.Client.Cases.ChangeStatusAsync(created.Ref, CaseStatus.InProgress);

        Assert.Equal(CaseStatus.InProgress, moved.Status);
        Assert.Equal(2, host.Emulators.Identity.TokenRequestCount);
        Assert.NotEqual(before, host.Emulators.Identity.ActiveTokens.Single());
    }

    [Fact]
    public async Task Fifty_concurrent_calls_share_one_token_fetch()
    {
        await using var host = await ClientHost.StartAsync();

        var pages = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            await foreach (var page in host.Client.Cases.ListAsync(ClientHost.Definition).AsPages())
            {
                return page;
            }

            return null;
        }));

        Assert.All(pages, Assert.NotNull);
        Assert.Equal(1, host.Emulators.Identity.TokenRequestCount);
    }

    [Fact]
    public async Task A_wrong_secret_is_a_typed_authentication_error()
    {
        await using var host = await ClientHost.StartAsync(o => o.ClientSecret = "wrong");

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => host.Client.Cases.GetAsync(new CaseRef(ClientHost.Definition, "any")));

        Assert.Equal(AuthenticationFailureReason.InvalidCredentials, error.Reason);
        Assert.Equal(CoreCaseClient.SystemName, error.Product);
        Assert.DoesNotContain("wrong", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(host.Emulators.CoreCase.State.Cases);
    }
}
