using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Connectors.Core;
using Connectors.Core.Auth;

namespace Connectors.OpenText;

/// <summary>
/// The token provider of one OpenText credential: sends the token request the way the chosen
/// <see cref="OpenTextTokenFlow"/> publishes it, caches the token (refreshed ahead of expiry, one request in flight)
/// and turns refusals into <see cref="OpenTextAuthenticationException"/>s that name the token host and tenant.
/// </summary>
public sealed class OpenTextTokenProvider : OAuth2TokenProvider
{
    private const string SystemName = "OpenText.Identity";
    private readonly OpenTextTokenFlow _flow;
    private readonly string? _tenantId;

    /// <summary>Creates a provider.</summary>
    /// <param name="http">Returns the client that calls the identity service (from <c>IHttpClientFactory</c>).</param>
    /// <param name="credentials">The token URL, client and, for the password grant, the user.</param>
    /// <param name="flow">How the request is shaped.</param>
    /// <param name="tenantId">The tenant, named in errors; <c>null</c> for the tenant-less flows.</param>
    /// <param name="time">The clock.</param>
    public OpenTextTokenProvider(Func<HttpClient> http, OAuth2ClientCredentials credentials, OpenTextTokenFlow flow, string? tenantId, TimeProvider? time = null)
        : base(http, credentials, SystemName, time)
    {
        _flow = flow;
        _tenantId = string.IsNullOrWhiteSpace(tenantId) || flow == OpenTextTokenFlow.TradingGrid ? null : tenantId;
    }

    /// <summary>Creates the provider for a client's options.</summary>
    /// <param name="http">Returns the client that calls the identity service.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="time">The clock.</param>
    public static OpenTextTokenProvider For(Func<HttpClient> http, OpenTextClientOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OpenTextTokenProvider(http, options.GetCredentials(), options.TokenFlow, options.TenantId, time)
        {
            RefreshBefore = options.TokenRefreshBefore,
        };
    }

    /// <inheritdoc />
    protected override HttpRequestMessage CreateTokenRequest()
    {
        var c = Credentials;
        switch (_flow)
        {
            case OpenTextTokenFlow.TradingGrid:
                // BN-Trading-Grid "PD-Get-Token": Basic consumer key:secret, grant in the query, no body.
                var url = new UriBuilder(c.TokenEndpoint) { Query = "grant_type=client_credentials" }.Uri;
                return new HttpRequestMessage(HttpMethod.Post, url) { Headers = { Authorization = Basic(c.ClientId, c.ClientSecret) } };
            case OpenTextTokenFlow.Tenant when c.UserName is not null:
                // ocp-communication "Password Grant - tenant": client as Basic, the user in a form.
                return new HttpRequestMessage(HttpMethod.Post, c.TokenEndpoint)
                {
                    Headers = { Authorization = Basic(c.ClientId, c.ClientSecret) },
                    Content = new FormUrlEncodedContent(
                    [
                        new("username", c.UserName),
                        new("password", c.Password ?? string.Empty),
                        new("grant_type", "password"),
                        new("scope", c.Scope ?? "openid"),
                        new("response_type", "id_token"),
                    ]),
                };
            case OpenTextTokenFlow.Tenant:
                // ocp-communication "Client Credentials Grant - tenant json" and the cloud-developer tutorial: a JSON body.
                return new HttpRequestMessage(HttpMethod.Post, c.TokenEndpoint) { Content = ClientCredentialsJson(c) };
            default:
                // OTDS: the standard OAuth2 form (not in OpenText's collections: assumed, see docs/configuration.md).
                return base.CreateTokenRequest();
        }
    }

    /// <inheritdoc />
    protected override ConnectorException TokenError(int status, byte[] body)
    {
        var address = Credentials.TokenEndpoint.GetLeftPart(UriPartial.Path);
        if (status >= 500 || status == 429)
        {
            return new ConnectorException(SystemName, $"The {_flow} token endpoint {address} failed with {status}; try again later.")
            {
                Status = status,
                IsTransient = true,
                Request = $"POST {address}",
            };
        }

        var (code, message) = Read(body);
        var reason = (status, code) switch
        {
            (_, "html_page") => AuthenticationFailureReason.Unknown,
            (_, "invalid_tenant") => AuthenticationFailureReason.UnknownTenant,
            (404, _) when _flow != OpenTextTokenFlow.TradingGrid => AuthenticationFailureReason.UnknownTenant,
            (_, "invalid_client" or "invalid_grant" or "unauthorized_client") => AuthenticationFailureReason.InvalidCredentials,
            (_, { } c) when c.StartsWith("oauth.v2.", StringComparison.Ordinal) => AuthenticationFailureReason.InvalidCredentials,
            (403, _) or (_, "access_denied") => AuthenticationFailureReason.Locked,
            (401, _) => AuthenticationFailureReason.InvalidCredentials,
            _ => AuthenticationFailureReason.Unknown,
        };
        return new OpenTextAuthenticationException(null, _flow, address, _tenantId, Credentials.ClientId, status, reason, code, message);
    }

    private static AuthenticationHeaderValue Basic(string id, string secret)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));

    private static ByteArrayContent ClientCredentialsJson(OAuth2ClientCredentials c)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("client_id", c.ClientId);
            json.WriteString("client_secret", c.ClientSecret);
            json.WriteString("grant_type", "client_credentials");
            if (c.Scope is not null)
            {
                json.WriteString("scope", c.Scope);
            }

            json.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    // The gateway's {"fault":{"faultstring","detail":{"errorcode"}}}, OAuth2's {"error","error_description"}, or a page.
    private static (string? Code, string? Message) Read(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.StartsWith('<'))
        {
            return ("html_page", "the token endpoint answered with an HTML page, not OAuth2 JSON: check the token host and path (Region, AuthenticationBaseAddress, TokenEndpoint)");
        }

        var details = OpenTextErrorParser.Parse(0, text);
        return (details.ErrorCode, details.Message);
    }
}
