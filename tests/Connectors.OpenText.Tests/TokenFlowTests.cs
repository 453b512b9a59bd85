using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.OpenText.Tests;

/// <summary>The three token flows against the identity emulator, with the hosts OpenText publishes.</summary>
public sealed class TokenFlowTests : IAsyncLifetime
{
    private OpenTextIdentityEmulator _identity = null!;
    private EmulatorHost _product = null!;

    public async Task InitializeAsync()
    {
        _identity = await OpenTextIdentityEmulator.StartNewAsync();
        _product = await EmulatorHost.StartAsync("Product", app =>
        {
            app.MapGet("/tenants/{tenantId}/things", (string tenantId, HttpRequest request) => _identity.Authorize(request, tenantId) ?? Results.Json(new { tenant = tenantId }));
            app.MapGet("/grid/things", (HttpRequest request) => _identity.AuthorizeTradingGrid(request) ?? Results.Json(new { grid = true }));
        });
    }

    public async Task DisposeAsync()
    {
        await _product.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task A_region_client_gets_its_tenant_token_from_the_region_host_while_calling_a_different_product_host()
    {
        var redirect = new LoopbackRedirect(new Uri("https://eu-1.api.opentext.com/"), _identity.BaseAddress);
        using var services = Build<ProductOptions>(o =>
        {
            o.Region = OpenTextRegion.Eu1;
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
        }, redirect);

        var status = await services.GetRequiredService<ProductClient>().GetAsync($"tenants/{OpenTextIdentityEmulator.DefaultTenant}/things");

        Assert.Equal(200, status);
        Assert.Equal(["POST https://eu-1.api.opentext.com/tenants/tenant-1/oauth2/token"], redirect.Seen);
        var token = Assert.Single(_identity.TokenRequests);
        Assert.Equal(("Tenant", "application/json", false), (token.Flow, token.ContentType, token.BasicAuthorization));
        Assert.NotEqual(new Uri("https://eu-1.api.opentext.com/").Host, _product.BaseAddress.Host);
    }

    [Fact]
    public async Task The_trading_grid_flow_posts_basic_credentials_with_the_grant_in_the_query_and_no_tenant()
    {
        using var services = Build<GridOptions>(o =>
        {
            o.ClientId = OpenTextIdentityEmulator.DefaultConsumerKey;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultConsumerSecret;
        });

        Assert.Equal(200, await services.GetRequiredService<ProductClient>().GetAsync("grid/things"));

        var token = Assert.Single(_identity.TokenRequests);
        Assert.Equal(("TradingGrid", "/v1/oauth2/tokens", "?grant_type=client_credentials", true), (token.Flow, token.Path, token.Query, token.BasicAuthorization));
        Assert.Null(token.ContentType);
    }

    [Fact]
    public async Task Otds_issues_tokens_at_the_tenant_and_the_tenant_less_addresses()
    {
        foreach (var tenant in new[] { OpenTextIdentityEmulator.DefaultTenant, string.Empty })
        {
            using var services = Build<ProductOptions>(o =>
            {
                o.TokenFlow = OpenTextTokenFlow.Otds;
                o.AuthenticationBaseAddress = _identity.BaseAddress;
                o.TenantId = tenant;
                o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
                o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
            });

            Assert.Equal(200, await services.GetRequiredService<ProductClient>().GetAsync($"tenants/{OpenTextIdentityEmulator.DefaultTenant}/things"));
        }

        Assert.Equal(
            ["/otdsws/otdstenant/tenant-1/oauth2/token", "/otdsws/oauth2/token"],
            _identity.TokenRequests.Select(r => r.Path));
        Assert.All(_identity.TokenRequests, r => Assert.Equal("application/x-www-form-urlencoded", r.ContentType));
    }

    [Fact]
    public async Task A_wrong_secret_fails_loudly_even_when_another_client_with_the_same_id_already_has_a_token()
    {
        var services = new ServiceCollection();
        services.AddOpenTextClient("good", Registration<ProductOptions>(), o => Tenant(o));
        services.AddOpenTextClient("bad", Registration<ProductOptions>(), o => Tenant(o, secret: "not-the-secret"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IConnectorClientFactory<ProductClient>>();

        Assert.Equal(200, await factory.CreateClient("good").GetAsync($"tenants/{OpenTextIdentityEmulator.DefaultTenant}/things"));
        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => factory.CreateClient("bad").GetAsync($"tenants/{OpenTextIdentityEmulator.DefaultTenant}/things"));

        Assert.Equal(("invalid_client", AuthenticationFailureReason.InvalidCredentials), (error.ErrorCode, error.Reason));
        Assert.Equal(2, _identity.TokenRequestCount);
        Assert.Equal(2, provider.GetRequiredService<OpenTextTokenProviders>().Count);
    }

    [Theory]
    [InlineData(401, "application/json", """{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}""", "oauth.v2.InvalidApiKey", "Invalid ApiKey", AuthenticationFailureReason.InvalidCredentials)]
    [InlineData(400, "application/json", """{"error":"invalid_client","error_description":"Client authentication failed."}""", "invalid_client", "Client authentication failed.", AuthenticationFailureReason.InvalidCredentials)]
    [InlineData(404, "text/html", "<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>", "html_page", "HTML page", AuthenticationFailureReason.Unknown)]
    [InlineData(403, "application/json", """{"error":"access_denied"}""", "access_denied", null, AuthenticationFailureReason.Locked)]
    public async Task Token_refusals_become_typed_errors_naming_product_tenant_and_host_never_the_secret(
        int status, string contentType, string body, string code, string? message, AuthenticationFailureReason reason)
    {
        await using var tokenServer = await EmulatorHost.StartAsync("TokenServer", app =>
            app.MapPost("/tenants/{tenantId}/oauth2/token", () => Results.Content(body, contentType, Encoding.UTF8, status)));
        using var services = Build<ProductOptions>(o =>
        {
            Tenant(o, secret: "the-secret-value");
            o.AuthenticationBaseAddress = tokenServer.BaseAddress;
        });

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => services.GetRequiredService<ProductClient>().GetAsync("tenants/tenant-1/things"));

        Assert.Equal((status, code, reason), (error.Status, error.ErrorCode, error.Reason));
        Assert.Equal(("OpenText.Product", "tenant-1", OpenTextTokenFlow.Tenant), (error.Product, error.TenantId, error.TokenFlow));
        Assert.Equal(new Uri(tokenServer.BaseAddress, "tenants/tenant-1/oauth2/token").ToString(), error.TokenAddress);
        Assert.StartsWith("OpenText.Product could not sign in", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.TokenAddress, error.Message, StringComparison.Ordinal);
        if (message is not null)
        {
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("the-secret-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_failure_at_the_token_endpoint_is_transient_and_names_the_host()
    {
        _identity.Faults.Add(Fault.Status(503), count: 1, pathContains: "/oauth2/token");
        using var services = Build<ProductOptions>(o => Tenant(o));
        var client = services.GetRequiredService<ProductClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.GetAsync("tenants/tenant-1/things"));
        Assert.True(error.IsTransient);
        Assert.Contains(_identity.TokenEndpoint().ToString(), error.Message, StringComparison.Ordinal);

        Assert.Equal(200, await client.GetAsync("tenants/tenant-1/things")); // the next call signs in
    }

    [Fact]
    public async Task No_secret_password_or_token_appears_in_any_log_line_at_trace_level()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddOpenTextClient("tenant", Registration<ProductOptions>(), o => Tenant(o));
        services.AddOpenTextClient("password", Registration<ProductOptions>(), o =>
        {
            Tenant(o);
            o.UserName = OpenTextIdentityEmulator.DefaultUserName;
            o.Password = OpenTextIdentityEmulator.DefaultPassword;
        });
        services.AddOpenTextClient("grid", Registration<GridOptions>(), o =>
        {
            o.AuthenticationBaseAddress = _identity.BaseAddress;
            o.BaseAddress = _product.BaseAddress;
            o.ClientId = OpenTextIdentityEmulator.DefaultConsumerKey;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultConsumerSecret;
        });
        services.AddOpenTextClient("wrong", Registration<ProductOptions>(), o => Tenant(o, secret: "wrong-but-still-secret"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IConnectorClientFactory<ProductClient>>();

        await factory.CreateClient("tenant").GetAsync("tenants/tenant-1/things");
        await factory.CreateClient("password").GetAsync("tenants/tenant-1/things");
        await factory.CreateClient("grid").GetAsync("grid/things");
        _identity.RevokeAll(); // a 401 and a refresh on the way
        await factory.CreateClient("tenant").GetAsync("tenants/tenant-1/things");
        await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => factory.CreateClient("wrong").GetAsync("tenants/tenant-1/things"));

        var lines = logs.Lines;
        Assert.Contains(lines, l => l.Contains("oauth2/token", StringComparison.Ordinal)); // the token calls were logged
        Assert.Contains(lines, l => l.Contains("v1/oauth2/tokens", StringComparison.Ordinal));
        string[] secrets =
        [
            OpenTextIdentityEmulator.DefaultClientSecret,
            OpenTextIdentityEmulator.DefaultPassword,
            OpenTextIdentityEmulator.DefaultConsumerSecret,
            "wrong-but-still-secret",
            Base64(OpenTextIdentityEmulator.DefaultClientId, OpenTextIdentityEmulator.DefaultClientSecret),
            Base64(OpenTextIdentityEmulator.DefaultConsumerKey, OpenTextIdentityEmulator.DefaultConsumerSecret),
            .. _identity.ActiveTokens,
        ];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_emulator_refuses_each_flow_s_request_at_the_other_flow_s_endpoint_and_each_flow_s_token_at_the_other_s_services()
    {
        using var http = new HttpClient { BaseAddress = _identity.BaseAddress };
        var basic = new AuthenticationHeaderValue("Basic", Base64(OpenTextIdentityEmulator.DefaultConsumerKey, OpenTextIdentityEmulator.DefaultConsumerSecret));

        using var gridStyleAtTenant = new HttpRequestMessage(HttpMethod.Post, "tenants/tenant-1/oauth2/token?grant_type=client_credentials") { Headers = { Authorization = basic } };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(gridStyleAtTenant)).StatusCode);

        using var tenantStyleAtGrid = new HttpRequestMessage(HttpMethod.Post, "v1/oauth2/tokens?grant_type=client_credentials")
        {
            Content = new StringContent("""{"client_id":"connectors-client","client_secret":"s3cret-value","grant_type":"client_credentials"}""", Encoding.UTF8, "application/json"),
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(tenantStyleAtGrid)).StatusCode);

        using var noGrant = new HttpRequestMessage(HttpMethod.Post, "v1/oauth2/tokens") { Headers = { Authorization = basic } };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(noGrant)).StatusCode);

        using var gridToken = new HttpRequestMessage(HttpMethod.Post, "v1/oauth2/tokens?grant_type=client_credentials") { Headers = { Authorization = basic } };
        var grid = await (await http.SendAsync(gridToken)).Content.ReadAsStringAsync();
        var gridAccess = System.Text.Json.JsonDocument.Parse(grid).RootElement.GetProperty("access_token").GetString();
        Assert.Equal(36_000, System.Text.Json.JsonDocument.Parse(grid).RootElement.GetProperty("expires_in").GetInt64());

        using var product = new HttpClient { BaseAddress = _product.BaseAddress };
        using var tenantCall = new HttpRequestMessage(HttpMethod.Get, "tenants/tenant-1/things") { Headers = { Authorization = new("Bearer", gridAccess) } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await product.SendAsync(tenantCall)).StatusCode);
        using var gridCall = new HttpRequestMessage(HttpMethod.Get, "grid/things") { Headers = { Authorization = new("Bearer", gridAccess) } };
        Assert.Equal(HttpStatusCode.OK, (await product.SendAsync(gridCall)).StatusCode);
    }

    private static string Base64(string id, string secret) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}"));

    private void Tenant(ProductOptions o, string secret = OpenTextIdentityEmulator.DefaultClientSecret)
    {
        o.BaseAddress = _product.BaseAddress;
        o.AuthenticationBaseAddress = _identity.BaseAddress;
        o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
        o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
        o.ClientSecret = secret;
    }

    private ServiceProvider Build<TOptions>(Action<TOptions> configure, LoopbackRedirect? identityRedirect = null)
        where TOptions : OpenTextClientOptions, new()
    {
        var services = new ServiceCollection();
        services.AddOpenTextClient(string.Empty, Registration<TOptions>(), o =>
        {
            o.BaseAddress = _product.BaseAddress;
            if (o.TokenFlow == OpenTextTokenFlow.TradingGrid)
            {
                o.AuthenticationBaseAddress = _identity.BaseAddress;
            }

            configure(o);
        });
        if (identityRedirect is not null)
        {
            services.AddHttpClient(OpenTextTokenProviders.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => identityRedirect);
        }

        return services.BuildServiceProvider();
    }

    private static ConnectorClientRegistration<ProductClient, TOptions> Registration<TOptions>()
        where TOptions : OpenTextClientOptions
        => new("OpenText.Product", (_, http, _) => new ProductClient(new ApiConnection(http, new ApiConnectionOptions("OpenText.Product", OpenTextErrorParser.Parse))));

    public sealed class ProductOptions : OpenTextClientOptions;

    public sealed class GridOptions : OpenTextClientOptions
    {
        public GridOptions() => TokenFlow = OpenTextTokenFlow.TradingGrid;

        protected override bool IsTradingGridProduct => true;
    }

    public sealed class ProductClient(ApiConnection connection)
    {
        public async Task<int> GetAsync(string path) => (await connection.SendAsync(ApiRequest.Get(path))).Status;
    }

    /// <summary>Sends requests for a public host to a loopback emulator instead, remembering where they were meant to go.</summary>
    private sealed class LoopbackRedirect(Uri publicRoot, Uri loopbackRoot) : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<string> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var original = request.RequestUri!;
            Seen.Add($"{request.Method} {original}");
            Assert.Equal(publicRoot.Host, original.Host);
            request.RequestUri = new Uri(loopbackRoot, original.PathAndQuery.TrimStart('/'));
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = $"{logLevel} {category}: {formatter(state, exception)} {exception}";
                if (state is IEnumerable<KeyValuePair<string, object?>> properties)
                {
                    line += " " + string.Join(" ", properties.Select(p => $"{p.Key}={p.Value}"));
                }

                lock (owner._lines)
                {
                    owner._lines.Add(line);
                }
            }
        }
    }
}
