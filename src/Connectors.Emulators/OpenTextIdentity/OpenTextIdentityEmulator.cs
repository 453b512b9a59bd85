using System.Collections.Concurrent;
using System.Security.Cryptography;
using Connectors.Emulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.OpenTextIdentity;

/// <summary>
/// Emulates OpenText's token endpoints as OpenText publishes them (shared/reference/opentext) and validates the bearer
/// tokens it issued for the other OpenText emulators:
/// <list type="bullet">
/// <item>Developer Cloud: <c>POST /tenants/{tenantId}/oauth2/token</c>; client credentials as a JSON body (as the
/// ocp-communication and cloud-developer collections send it) or a form; the password grant with the client as HTTP
/// Basic (or in the body) and the user in the body.</item>
/// <item>Trading Grid: <c>POST /v1/oauth2/tokens?grant_type=client_credentials</c> with the consumer key and secret as
/// HTTP Basic, no tenant, tokens of about 10 hours.</item>
/// <item>On-premises OTDS: <c>POST /otdsws/otdstenant/{tenantId}/oauth2/token</c> and <c>/otdsws/oauth2/token</c>, form.</item>
/// </list>
/// Each endpoint refuses the other flow's request shape, and tokens of one flow are refused by the services of the other.
/// </summary>
public sealed partial class OpenTextIdentityEmulator : IAsyncDisposable
{
    /// <summary>The default tenant seeded at start.</summary>
    public const string DefaultTenant = "tenant-1";

    /// <summary>The default client id seeded at start.</summary>
    public const string DefaultClientId = "connectors-client";

    /// <summary>The default client secret seeded at start.</summary>
    public const string DefaultClientSecret = "s3cret-value";

    /// <summary>The default user for the password grant.</summary>
    public const string DefaultUserName = "integration.user";

    /// <summary>The default user's password.</summary>
    public const string DefaultPassword = "p@ssw0rd";

    /// <summary>The default Trading Grid consumer key seeded at start.</summary>
    public const string DefaultConsumerKey = "tg-consumer-key";

    /// <summary>The default Trading Grid consumer secret seeded at start.</summary>
    public const string DefaultConsumerSecret = "tg-consumer-s3cret";

    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Client> _consumers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TokenRequestRecord> _requests = new();
    private EmulatorHost? _host;
    private long _tokenRequests;

    /// <summary>Creates the emulator with the default tenant, client, user and Trading Grid consumer; call <see cref="StartAsync"/> to serve HTTP.</summary>
    public OpenTextIdentityEmulator()
    {
        AddClient(DefaultTenant, DefaultClientId, DefaultClientSecret);
        AddUser(DefaultTenant, DefaultUserName, DefaultPassword);
        AddTradingGridConsumer(DefaultConsumerKey, DefaultConsumerSecret);
    }

    /// <summary>How long Developer Cloud and OTDS tokens live. Default one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long Trading Grid tokens live. Default 10 hours, as OpenText's Lens instructions say.</summary>
    public TimeSpan TradingGridTokenLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>The clock used for expiry; tests can replace it.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The root address once started.</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The identity emulator is not started.");

    /// <summary>Faults for the token endpoints.</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The identity emulator is not started.");

    /// <summary>How many token requests were received (successful or not, every flow).</summary>
    public long TokenRequestCount => Interlocked.Read(ref _tokenRequests);

    /// <summary>Every token request received, in order: flow, method, path, query, content type and whether Basic was used (never secrets).</summary>
    public IReadOnlyCollection<TokenRequestRecord> TokenRequests => _requests.ToArray();

    /// <summary>Every token currently valid.</summary>
    public IReadOnlyCollection<string> ActiveTokens => _tokens.Keys.ToArray();

    /// <summary>The Developer Cloud token endpoint for a tenant.</summary>
    /// <param name="tenantId">The tenant.</param>
    public Uri TokenEndpoint(string tenantId = DefaultTenant) => new(BaseAddress, $"tenants/{Uri.EscapeDataString(tenantId)}/oauth2/token");

    /// <summary>The Trading Grid token endpoint (post with <c>?grant_type=client_credentials</c> and Basic).</summary>
    public Uri TradingGridTokenEndpoint => new(BaseAddress, "v1/oauth2/tokens");

    /// <summary>Starts a new emulator on loopback.</summary>
    /// <param name="port">The port to bind; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<OpenTextIdentityEmulator> StartNewAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var emulator = new OpenTextIdentityEmulator();
        await emulator.StartAsync(port, cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Starts serving HTTP on loopback.</summary>
    /// <param name="port">The port to bind; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public async Task StartAsync(int port = 0, CancellationToken cancellationToken = default)
        => _host = await EmulatorHost.StartAsync("OpenTextIdentity", Map, port, cancellationToken).ConfigureAwait(false);

    /// <summary>Registers a Developer Cloud / OTDS client (and its tenant).</summary>
    /// <param name="tenantId">Tenant id.</param>
    /// <param name="clientId">Client id.</param>
    /// <param name="clientSecret">Client secret.</param>
    /// <param name="scopes">Scopes the client may ask for; empty for any.</param>
    public void AddClient(string tenantId, string clientId, string clientSecret, params string[] scopes)
        => _tenants.GetOrAdd(tenantId, _ => new Tenant()).Clients[clientId] = new Client(clientSecret, scopes);

    /// <summary>Registers a user for the password grant.</summary>
    /// <param name="tenantId">Tenant id.</param>
    /// <param name="userName">User name.</param>
    /// <param name="password">Password.</param>
    public void AddUser(string tenantId, string userName, string password)
        => _tenants.GetOrAdd(tenantId, _ => new Tenant()).Users[userName] = password;

    /// <summary>Registers a Trading Grid consumer (key and secret) for the Trading Grid token flow.</summary>
    /// <param name="consumerKey">The consumer key.</param>
    /// <param name="consumerSecret">The consumer secret.</param>
    public void AddTradingGridConsumer(string consumerKey, string consumerSecret)
        => _consumers[consumerKey] = new Client(consumerSecret, []);

    /// <summary>Locks or unlocks a Developer Cloud client: a locked client gets <c>403 access_denied</c>.</summary>
    /// <param name="tenantId">Tenant id.</param>
    /// <param name="clientId">Client id.</param>
    /// <param name="locked">Whether the client is locked.</param>
    public void SetLocked(string tenantId, string clientId, bool locked)
    {
        if (_tenants.TryGetValue(tenantId, out var tenant) && tenant.Clients.TryGetValue(clientId, out var client))
        {
            client.Locked = locked;
        }
    }

    /// <summary>Revokes one issued token: the next call with it gets 401.</summary>
    /// <param name="accessToken">The token.</param>
    public bool Revoke(string accessToken) => _tokens.TryRemove(accessToken, out _);

    /// <summary>Revokes every issued token.</summary>
    public void RevokeAll() => _tokens.Clear();

    /// <summary>
    /// Checks the request's bearer token for a Developer Cloud product of <paramref name="tenantId"/> (any tenant when
    /// null): Trading Grid tokens are refused. Returns <c>null</c> when it is valid, else the 401 result to send.
    /// </summary>
    /// <param name="request">The incoming request.</param>
    /// <param name="tenantId">The tenant the resource belongs to.</param>
    public IResult? Authorize(HttpRequest request, string? tenantId = null)
    {
        var (issued, denied) = Check(request);
        if (denied is not null)
        {
            return denied;
        }

        if (issued!.Flow == TokenFlow.TradingGrid)
        {
            return Unauthorized("invalid_token", "The access token was issued by the Trading Grid token flow; this service takes tenant tokens.");
        }

        return tenantId is not null && !string.Equals(tenantId, issued.TenantId, StringComparison.Ordinal)
            ? Unauthorized("invalid_token", "The access token belongs to another tenant.")
            : null;
    }

    /// <summary>
    /// The tenant and client of the request's bearer token, for services whose paths carry no tenant (Core Case's
    /// <c>{baseUrl}/api/v1/…</c>): <c>null</c> when the token is missing, invalid or not a tenant token. Call it after
    /// <see cref="Authorize"/> accepted the request.
    /// </summary>
    /// <param name="request">The incoming request.</param>
    public (string TenantId, string ClientId)? CallerOf(HttpRequest request)
    {
        var (issued, denied) = Check(request);
        return denied is null && issued!.Flow != TokenFlow.TradingGrid && issued.TenantId is { } tenant ? (tenant, issued.ClientId) : null;
    }

    /// <summary>
    /// Checks the request's bearer token for Trading Grid: only tokens of the Trading Grid flow are accepted.
    /// Returns <c>null</c> when it is valid, else the 401 result to send.
    /// </summary>
    /// <param name="request">The incoming request.</param>
    public IResult? AuthorizeTradingGrid(HttpRequest request)
    {
        var (issued, denied) = Check(request);
        return denied ?? (issued!.Flow == TokenFlow.TradingGrid
            ? null
            : Unauthorized("invalid_token", "The access token is a tenant token; Trading Grid takes tokens from v1/oauth2/tokens."));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private (IssuedToken? Token, IResult? Denied) Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Unauthorized("invalid_request", "Missing bearer token."));
        }

        var token = header["Bearer ".Length..].Trim();
        if (!_tokens.TryGetValue(token, out var issued))
        {
            return (null, Unauthorized("invalid_token", "The access token is invalid or has been revoked."));
        }

        if (issued.ExpiresAt <= Time.GetUtcNow())
        {
            _tokens.TryRemove(token, out _);
            return (null, Unauthorized("invalid_token", "The access token expired."));
        }

        return (issued, null);
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/tenants/{tenantId}/oauth2/token", (string tenantId, HttpRequest request) => TenantTokenAsync(tenantId, request, TokenFlow.Tenant));
        app.MapPost("/v1/oauth2/tokens", TradingGridTokenAsync);
        app.MapPost("/otdsws/otdstenant/{tenantId}/oauth2/token", (string tenantId, HttpRequest request) => TenantTokenAsync(tenantId, request, TokenFlow.Otds));
        app.MapPost("/otdsws/oauth2/token", (HttpRequest request) => TenantTokenAsync(DefaultTenant, request, TokenFlow.Otds));
    }

    private IResult Issue(TokenFlow flow, string? tenantId, string clientId, TimeSpan lifetime, string? scope)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        _tokens[token] = new IssuedToken(flow, tenantId, clientId, Time.GetUtcNow() + lifetime);
        var answer = new Dictionary<string, object>
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)lifetime.TotalSeconds,
        };
        if (scope is not null)
        {
            answer["scope"] = scope;
        }

        return Results.Json(answer);
    }

    private void Record(HttpRequest request, TokenFlow flow)
    {
        Interlocked.Increment(ref _tokenRequests);
        _requests.Enqueue(new TokenRequestRecord(
            flow.ToString(),
            request.Method,
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            request.ContentType,
            request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)));
    }

    private static IResult Unauthorized(string error, string description) => new BearerChallenge(error, description);

    private static IResult OAuthError(int status, string error, string description)
        => Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);

    private enum TokenFlow
    {
        Tenant,
        TradingGrid,
        Otds,
    }

    private sealed record IssuedToken(TokenFlow Flow, string? TenantId, string ClientId, DateTimeOffset ExpiresAt);

    private sealed class Tenant
    {
        public ConcurrentDictionary<string, Client> Clients { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, string> Users { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Client(string secret, string[] scopes)
    {
        public string Secret { get; } = secret;

        public string[] Scopes { get; } = scopes;

        public bool Locked { get; set; }
    }

    private sealed class BearerChallenge(string error, string description) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
            httpContext.Response.Headers.WWWAuthenticate = $"Bearer error=\"{error}\", error_description=\"{description}\"";
            await httpContext.Response.WriteAsJsonAsync(
                new Dictionary<string, string> { ["error"] = error, ["error_description"] = description },
                httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}

/// <summary>What the identity emulator saw of one token request (never a secret).</summary>
/// <param name="Flow">The endpoint's flow: <c>Tenant</c>, <c>TradingGrid</c> or <c>Otds</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path.</param>
/// <param name="Query">The query string, with its <c>?</c>.</param>
/// <param name="ContentType">The request's content type, if any.</param>
/// <param name="BasicAuthorization">Whether the client came as HTTP Basic.</param>
public sealed record TokenRequestRecord(string Flow, string Method, string Path, string Query, string? ContentType, bool BasicAuthorization);
