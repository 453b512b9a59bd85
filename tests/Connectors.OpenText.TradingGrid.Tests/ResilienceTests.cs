using Connectors.Core;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class ResilienceTests
{
    [Fact]
    public async Task A_transient_failure_on_a_read_is_retried()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.Faults.Add(Fault.Status(503), count: 2, pathContains: "/partnerDirectory");

        TradingPartner partner = await env.Client.Partners.GetAsync(TradingGridSeed.VeronaVittles);

        Assert.Equal("Verona Vittles", partner.PartnerCompanyName);
        Assert.Equal(2, env.Emulator.Faults.InjectedCount);
    }

    [Fact]
    public async Task A_rate_limited_read_honours_retry_after_and_succeeds()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.Faults.Add(Fault.Status(429, """{"code":"RATE_LIMITED","message":"Slow down"}""", new Dictionary<string, string> { ["Retry-After"] = "0" }), count: 1, pathContains: "/spaces");

        var spaces = await env.Client.Spaces.ListAsync().ToListAsync();

        Assert.Equal(3, spaces.Count);
    }

    [Fact]
    public async Task A_failed_post_is_not_resent()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var thread = env.State.PartnerOpensThread(env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, "Dispute", "Price?");
        env.Emulator.Faults.Add(Fault.Status(502), count: 1, pathContains: "/posts", method: "POST");

        var error = await Assert.ThrowsAnyAsync<ConnectorException>(() => env.Client.Posts.CreateAsync(thread.ThreadId, new PartnerPost("Once only")));

        Assert.Equal(502, error.Status);
        Assert.True(error.IsTransient);
        Assert.Equal(1, env.Emulator.Faults.InjectedCount);
        Assert.Single(env.State.Posts); // only the partner's opening post
    }

    [Fact]
    public async Task The_lens_search_is_retried_because_it_changes_nothing()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.Faults.Add(Fault.Status(500), count: 1, pathContains: "visibility_transaction_search");

        B2BTransaction transaction = await env.Client.Transactions.GetAsync("TX0000009003");

        Assert.Equal("TA1-R-022", transaction.ErrorCode);
    }

    [Fact]
    public async Task A_malformed_success_body_is_a_typed_serialization_error()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.Faults.Add(Fault.Status(200, "{ \"partnerCompanyId\": "), count: 1, pathContains: "/partnerDirectory");

        var error = await Assert.ThrowsAsync<ConnectorSerializationException>(() => env.Client.Partners.GetAsync(TradingGridSeed.VeronaVittles));

        Assert.Equal(200, error.Status);
    }

    [Fact]
    public async Task A_hanging_service_ends_in_a_typed_timeout()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.Resilience.MaxRetryAttempts = 1;
        });
        env.Emulator.Faults.Add(Fault.Hang(), count: null, pathContains: "/threads/");

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => env.Client.Threads.GetAsync("TH1"));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.Faults.Add(Fault.Drop(), count: 1, pathContains: "/events");

        EventBatch batch = await env.Client.Events.ReadAsync();

        Assert.NotEmpty(batch.Events);
    }

    [Fact]
    public async Task A_revoked_token_is_refreshed_once_and_the_call_succeeds()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(ownIdentity: true);
        await env.Client.Partners.GetAsync(TradingGridSeed.VeronaVittles);
        env.Identity.RevokeAll();

        TradingPartner partner = await env.Client.Partners.GetAsync(TradingGridSeed.NorthwindLogistics);

        Assert.Equal("Northwind Logistics", partner.PartnerCompanyName);
        Assert.Equal(2, env.Identity.TokenRequestCount);
    }

    [Fact]
    public async Task Wrong_credentials_are_a_typed_authentication_error()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(o => o.ClientSecret = "wrong");

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => env.Client.Partners.GetAsync(TradingGridSeed.VeronaVittles));

        Assert.Equal((TradingGridClient.SystemName, OpenTextTokenFlow.TradingGrid, AuthenticationFailureReason.InvalidCredentials), (error.Product, error.TokenFlow, error.Reason));
        Assert.Equal(("oauth.v2.InvalidApiKey", (int?)401, (string?)null), (error.ErrorCode, error.Status, error.TenantId));
        Assert.Contains(env.Identity.TradingGridTokenEndpoint.ToString(), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }
}
