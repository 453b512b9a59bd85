using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Core.Auth;

/// <summary>
/// Fetches OAuth2 tokens (client credentials, or the password grant when a user is set) and caches one per
/// credentials: refreshed <see cref="RefreshBefore"/> ahead of expiry, one request in flight however many
/// callers wait, and a rejected token is never handed out again. Secrets never reach logs or exceptions.
/// </summary>
public class OAuth2TokenProvider : ITokenProvider
{
    private readonly Func<HttpClient> _http;
    private readonly OAuth2ClientCredentials _credentials;
    private readonly string _system;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _current;
    private long _fetches;

    /// <summary>Creates a provider.</summary>
    /// <param name="http">Returns the client that calls the token endpoint (from <c>IHttpClientFactory</c>).</param>
    /// <param name="credentials">What to send.</param>
    /// <param name="system">The system name for errors.</param>
    /// <param name="time">The clock.</param>
    public OAuth2TokenProvider(Func<HttpClient> http, OAuth2ClientCredentials credentials, string system, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(credentials);
        _http = http;
        _credentials = credentials;
        _system = system;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How long before expiry a token is refreshed. Default 60 s.</summary>
    public TimeSpan RefreshBefore { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many tokens were fetched from the endpoint.</summary>
    public long FetchCount => Interlocked.Read(ref _fetches);

    /// <inheritdoc />
    public async ValueTask<AccessToken> GetTokenAsync(AccessToken? rejected = null, CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _current);
        if (IsUsable(current, rejected))
        {
            return current!;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            if (IsUsable(current, rejected))
            {
                return current!;
            }

            var fresh = await FetchAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, fresh);
            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsUsable(AccessToken? token, AccessToken? rejected)
        => token is not null
           && !(rejected is not null && string.Equals(rejected.Token, token.Token, StringComparison.Ordinal))
           && token.ExpiresAt - RefreshBefore > _time.GetUtcNow();

    private async Task<AccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetches);
        using var request = CreateTokenRequest();
        HttpResponseMessage response;
        try
        {
            response = await _http().SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorTransportException(_system, $"The token endpoint {_credentials.TokenEndpoint} could not be reached: {ex.Message}", ex) { IsTransient = true };
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorTimeoutException(_system, $"The token endpoint {_credentials.TokenEndpoint} did not answer in time.", ex) { IsTransient = true };
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw TokenError((int)response.StatusCode, body);
            }

            TokenResponse? token;
            try
            {
                token = JsonSerializer.Deserialize(body, CoreJsonContext.Default.TokenResponse);
            }
            catch (JsonException ex)
            {
                var page = body.Length > 0 && body.AsSpan().TrimStart(" \r\n\t"u8).StartsWith("<"u8) ? " (an HTML page: check the token host and path)" : string.Empty;
                throw new ConnectorSerializationException(_system, $"The token endpoint {_credentials.TokenEndpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} with a body that is not a token response{page}.", ex)
                {
                    Status = (int)response.StatusCode,
                };
            }

            if (string.IsNullOrEmpty(token?.AccessToken))
            {
                throw new ConnectorSerializationException(_system, $"The token endpoint {_credentials.TokenEndpoint.GetLeftPart(UriPartial.Path)} answered without an access_token.");
            }

            var lifetime = TimeSpan.FromSeconds(token.ExpiresIn is > 0 ? token.ExpiresIn.Value : 3600);
            return new AccessToken(token.AccessToken, _time.GetUtcNow() + lifetime);
        }
    }

    /// <summary>The credentials this provider signs in with.</summary>
    protected OAuth2ClientCredentials Credentials => _credentials;

    /// <summary>The system name used in errors.</summary>
    protected string System => _system;

    /// <summary>
    /// Builds the token request. The default is RFC 6749 form encoding: <c>grant_type</c> (<c>client_credentials</c>, or
    /// <c>password</c> when a user is set), <c>client_id</c>, <c>client_secret</c>, <c>scope</c>, <c>username</c>,
    /// <c>password</c>. Override for a vendor's own shape (JSON body, HTTP Basic client, grant in the query).
    /// </summary>
    protected virtual HttpRequestMessage CreateTokenRequest()
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", _credentials.UserName is null ? "client_credentials" : "password"),
            new("client_id", _credentials.ClientId),
            new("client_secret", _credentials.ClientSecret),
        };
        if (_credentials.Scope is not null)
        {
            form.Add(new("scope", _credentials.Scope));
        }

        if (_credentials.UserName is not null)
        {
            form.Add(new("username", _credentials.UserName));
            form.Add(new("password", _credentials.Password ?? string.Empty));
        }

        return new HttpRequestMessage(HttpMethod.Post, _credentials.TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
    }

    /// <summary>Maps a token endpoint's refusal to a typed error. Override for a vendor's own codes.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body.</param>
    protected virtual ConnectorException TokenError(int status, byte[] body)
    {
        OAuthError? error = null;
        try
        {
            error = JsonSerializer.Deserialize(body, CoreJsonContext.Default.OAuthError);
        }
        catch (JsonException)
        {
            // Not an OAuth error body: the status alone decides.
        }

        var code = error?.Error;
        var reason = (status, code) switch
        {
            (404, _) or (_, "invalid_tenant") => AuthenticationFailureReason.UnknownTenant,
            (_, "invalid_client") or (_, "invalid_grant") or (_, "unauthorized_client") => AuthenticationFailureReason.InvalidCredentials,
            (403, _) or (_, "access_denied") => AuthenticationFailureReason.Locked,
            (401, _) => AuthenticationFailureReason.InvalidCredentials,
            _ => AuthenticationFailureReason.Unknown,
        };
        if (status >= 500 || status == 429)
        {
            return new ConnectorException(_system, $"The token endpoint failed with {status}.") { Status = status, IsTransient = true, ErrorCode = code };
        }

        var message = $"Token request for client '{_credentials.ClientId}' was refused ({status}{(code is null ? string.Empty : ", " + code)}): "
                      + (error?.Description ?? reason.ToString());
        return new ConnectorAuthenticationException(_system, message, reason) { Status = status, ErrorCode = code, VendorMessage = error?.Description };
    }
}

/// <summary>An OAuth2 token response.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn,
    [property: JsonPropertyName("token_type")] string? TokenType);

/// <summary>An OAuth2 error response.</summary>
internal sealed record OAuthError(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? Description);

[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthError))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
