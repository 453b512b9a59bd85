using System.Net;
using Connectors.Core.Auth;
using Connectors.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Core.Tests;

public class TokenProviderTests
{
    private static readonly OAuth2ClientCredentials Credentials = new()
    {
        TokenEndpoint = new Uri("http://127.0.0.1:9/tenants/t1/oauth2/token"),
        ClientId = "client",
        ClientSecret = "very-secret-value",
    };

    [Fact]
    public async Task Fifty_concurrent_callers_cause_exactly_one_token_fetch()
    {
        var gate = new TaskCompletionSource();
        var stub = new SlowTokenServer(gate.Task);
        var provider = new OAuth2TokenProvider(() => new HttpClient(stub), Credentials, "Test");

        var callers = Enumerable.Range(0, 50).Select(_ => Task.Run(async () => await provider.GetTokenAsync())).ToArray();
        await Task.Delay(50);
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, stub.Calls);
        Assert.Equal(1, provider.FetchCount);
        Assert.Single(tokens.Select(t => t.Token).Distinct());
    }

    [Fact]
    public async Task A_token_is_refreshed_ahead_of_expiry()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler((_, call) => StubHandler.Json($$"""{"access_token":"t{{call}}","expires_in":300}"""));
        var provider = new OAuth2TokenProvider(() => new HttpClient(stub), Credentials, "Test", time) { RefreshBefore = TimeSpan.FromSeconds(60) };

        var first = await provider.GetTokenAsync();
        time.Advance(TimeSpan.FromSeconds(200));
        var stillFirst = await provider.GetTokenAsync();
        time.Advance(TimeSpan.FromSeconds(45));
        var second = await provider.GetTokenAsync();

        Assert.Equal("t1", first.Token);
        Assert.Equal("t1", stillFirst.Token);
        Assert.Equal("t2", second.Token);
    }

    [Fact]
    public async Task A_rejected_token_is_never_handed_out_again()
    {
        var stub = new StubHandler((_, call) => StubHandler.Json($$"""{"access_token":"t{{call}}","expires_in":3600}"""));
        var provider = new OAuth2TokenProvider(() => new HttpClient(stub), Credentials, "Test");

        var first = await provider.GetTokenAsync();
        var fresh = await provider.GetTokenAsync(rejected: first);

        Assert.NotEqual(first.Token, fresh.Token);
        Assert.Equal(2, stub.Calls);
    }

    [Theory]
    [InlineData(401, """{"error":"invalid_client","error_description":"bad secret"}""", AuthenticationFailureReason.InvalidCredentials)]
    [InlineData(404, """{"error":"invalid_tenant"}""", AuthenticationFailureReason.UnknownTenant)]
    [InlineData(403, """{"error":"access_denied","error_description":"locked"}""", AuthenticationFailureReason.Locked)]
    public async Task Refusals_become_typed_errors_without_the_secret(int status, string body, AuthenticationFailureReason reason)
    {
        var stub = new StubHandler((_, _) => StubHandler.Json(body, (HttpStatusCode)status));
        var provider = new OAuth2TokenProvider(() => new HttpClient(stub), Credentials, "Test");

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => provider.GetTokenAsync().AsTask());

        Assert.Equal(reason, error.Reason);
        Assert.Equal(status, error.Status);
        Assert.DoesNotContain("very-secret-value", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-value", Credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_refreshes_the_token_once_then_fails_clearly()
    {
        var tokenServer = new StubHandler((_, call) => StubHandler.Json($$"""{"access_token":"t{{call}}","expires_in":3600}"""));
        var provider = new OAuth2TokenProvider(() => new HttpClient(tokenServer), Credentials, "Test");
        var sent = new List<string?>();
        var api = new StubHandler((r, _) =>
        {
            sent.Add(r.Headers.Authorization?.ToString());
            return StubHandler.Json("""{"error":"invalid_token"}""", HttpStatusCode.Unauthorized);
        });
        var http = new HttpClient(new BearerTokenHandler(provider) { InnerHandler = api }) { BaseAddress = new Uri("http://127.0.0.1:9/") };
        var connection = new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None));

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => connection.SendAsync(ApiRequest.Get("things")));

        Assert.Equal(2, api.Calls);
        Assert.Equal(2, tokenServer.Calls);
        Assert.Equal(401, error.Status);
        Assert.Equal(["Bearer t1", "Bearer t2"], sent);
    }

    [Fact]
    public async Task A_401_followed_by_success_after_refresh_returns_the_result()
    {
        var tokenServer = new StubHandler((_, call) => StubHandler.Json($$"""{"access_token":"t{{call}}","expires_in":3600}"""));
        var provider = new OAuth2TokenProvider(() => new HttpClient(tokenServer), Credentials, "Test");
        var api = new StubHandler((r, _) => r.Headers.Authorization?.Parameter == "t1"
            ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
            : StubHandler.Json("""{"id":5,"name":"ok"}"""));
        var http = new HttpClient(new BearerTokenHandler(provider) { InnerHandler = api }) { BaseAddress = new Uri("http://127.0.0.1:9/") };
        var connection = new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None));

        Item item = await connection.SendAsync(ApiRequest.Get("things/5"), TestJsonContext.Default.Item);

        Assert.Equal("ok", item.Name);
        Assert.Equal(2, tokenServer.Calls);
    }

    [Fact]
    public void The_cache_key_changes_with_the_secret_and_the_password_but_never_contains_them()
    {
        var other = Credentials with { ClientSecret = "another-secret" };
        var user = Credentials with { UserName = "ada", Password = "pw-one" };

        Assert.NotEqual(Credentials.CacheKey, other.CacheKey);
        Assert.NotEqual(user.CacheKey, (user with { Password = "pw-two" }).CacheKey);
        Assert.Equal(Credentials.CacheKey, (Credentials with { }).CacheKey);
        foreach (var key in new[] { Credentials.CacheKey, other.CacheKey, user.CacheKey })
        {
            Assert.DoesNotContain(Credentials.ClientSecret, key, StringComparison.Ordinal);
            Assert.DoesNotContain("another-secret", key, StringComparison.Ordinal);
            Assert.DoesNotContain("pw-one", key, StringComparison.Ordinal);
        }
    }

    private sealed class SlowTokenServer(Task release) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await release;
            return StubHandler.Json("""{"access_token":"shared","expires_in":3600}""");
        }
    }
}
