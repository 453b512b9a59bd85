using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Connectors.Emulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.OpenTextIdentity;

/// <summary>
/// Emulates the OpenText identity service's OAuth2 token endpoint
/// (<c>POST /tenants/{tenantId}/oauth2/token</c>, form-encoded, client credentials or password grant)
/// and validates the bearer tokens it issued for the other OpenText emulators.
/// </summary>
public sealed class OpenTextIdentityEmulator : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private EmulatorHost? _host;
    private long _tokenRequests;

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

    /// <summary>Creates the emulator with the default tenant and client; call <see cref="StartAsync"/> to serve HTTP.</summary>
    public OpenTextIdentityEmulator()
    {
        AddClient(DefaultTenant, DefaultClientId, DefaultClientSecret);
        AddUser(DefaultTenant, DefaultUserName, DefaultPassword);
    }

    /// <summary>How long issued tokens live. Default one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The clock used for expiry; tests can replace it.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The root address once started.</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The identity emulator is not started.");

    /// <summary>Faults for the token endpoint.</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The identity emulator is not started.");

    /// <summary>How many token requests were received (successful or not).</summary>
    public long TokenRequestCount => Interlocked.Read(ref _tokenRequests);

    /// <summary>The token endpoint for a tenant.</summary>
    /// <param name="tenantId">The tenant.</param>
    public Uri TokenEndpoint(string tenantId = DefaultTenant) => new(BaseAddress, $"tenants/{Uri.EscapeDataString(tenantId)}/oauth2/token");

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

    /// <summary>Registers a client (and its tenant).</summary>
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

    /// <summary>Locks or unlocks a client: a locked client gets <c>403 access_denied</c>.</summary>
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

    /// <summary>Every token currently valid.</summary>
    public IReadOnlyCollection<string> ActiveTokens => _tokens.Keys.ToArray();

    /// <summary>
    /// Checks the request's bearer token for <paramref name="tenantId"/> (any tenant when null).
    /// Returns <c>null</c> when it is valid, else the 401 result to send.
    /// </summary>
    /// <param name="request">The incoming request.</param>
    /// <param name="tenantId">The tenant the resource belongs to.</param>
    public IResult? Authorize(HttpRequest request, string? tenantId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized("invalid_request", "Missing bearer token.");
        }

        var token = header["Bearer ".Length..].Trim();
        if (!_tokens.TryGetValue(token, out var issued))
        {
            return Unauthorized("invalid_token", "The access token is invalid or has been revoked.");
        }

        if (issued.ExpiresAt <= Time.GetUtcNow())
        {
            _tokens.TryRemove(token, out _);
            return Unauthorized("invalid_token", "The access token expired.");
        }

        return tenantId is not null && !string.Equals(tenantId, issued.TenantId, StringComparison.Ordinal)
            ? Unauthorized("invalid_token", "The access token belongs to another tenant.")
            : null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static IResult Unauthorized(string error, string description)
        => new BearerChallenge(error, description);

    private void Map(WebApplication app)
        => app.MapPost("/tenants/{tenantId}/oauth2/token", async (string tenantId, HttpRequest request) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            if (!request.HasFormContentType)
            {
                return OAuthError(400, "invalid_request", "The token request must be application/x-www-form-urlencoded.");
            }

            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (!_tenants.TryGetValue(tenantId, out var tenant))
            {
                return OAuthError(404, "invalid_tenant", $"Tenant '{tenantId}' was not found.");
            }

            var (clientId, clientSecret) = ReadClient(request, form);
            if (clientId is null || !tenant.Clients.TryGetValue(clientId, out var client)
                || !FixedEquals(client.Secret, clientSecret))
            {
                return OAuthError(401, "invalid_client", "Client authentication failed.");
            }

            if (client.Locked)
            {
                return OAuthError(403, "access_denied", "The client is locked.");
            }

            var grant = form["grant_type"].ToString();
            if (grant == "password")
            {
                var user = form["username"].ToString();
                if (!tenant.Users.TryGetValue(user, out var password) || !FixedEquals(password, form["password"].ToString()))
                {
                    return OAuthError(400, "invalid_grant", "The user name or password is incorrect.");
                }
            }
            else if (grant != "client_credentials")
            {
                return OAuthError(400, "unsupported_grant_type", $"Grant type '{grant}' is not supported.");
            }

            var scope = form["scope"].ToString();
            if (client.Scopes.Length > 0 && scope.Length > 0
                && scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(s => !client.Scopes.Contains(s)))
            {
                return OAuthError(400, "invalid_scope", "The requested scope is not allowed for this client.");
            }

            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
            _tokens[token] = new IssuedToken(tenantId, clientId, Time.GetUtcNow() + TokenLifetime);
            return Results.Json(new Dictionary<string, object>
            {
                ["access_token"] = token,
                ["token_type"] = "Bearer",
                ["expires_in"] = (long)TokenLifetime.TotalSeconds,
                ["scope"] = scope.Length > 0 ? scope : "otds:roles",
            });
        });

    private static (string? Id, string? Secret) ReadClient(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        var id = form["client_id"].ToString();
        return (id.Length == 0 ? null : id, form["client_secret"].ToString());
    }

    private static bool FixedEquals(string expected, string? actual)
        => actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static IResult OAuthError(int status, string error, string description)
        => Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);

    private sealed record IssuedToken(string TenantId, string ClientId, DateTimeOffset ExpiresAt);

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
