using Connectors.Core.Auth;
using Connectors.Core.DependencyInjection;

namespace Connectors.OpenText;

/// <summary>
/// What every OpenText client needs: the product's API address (<see cref="ConnectorClientOptions.BaseAddress"/>) and
/// how it signs in (<see cref="TokenFlow"/>, the identity host, the client and, for some flows, a tenant). The token
/// host is configured on its own: for the Developer Cloud it is never derived from the product host. Secrets are
/// never logged and never shown by <see cref="ToString"/>.
/// </summary>
public abstract class OpenTextClientOptions : ConnectorClientOptions
{
    private const string TradingGridTokenPath = "v1/oauth2/tokens";

    /// <summary>
    /// How the client gets its token: <see cref="OpenTextTokenFlow.Tenant"/> (Developer Cloud, the default of Core Case,
    /// Exstream and Workflow Service), <see cref="OpenTextTokenFlow.TradingGrid"/> (the Trading Grid client's default)
    /// or <see cref="OpenTextTokenFlow.Otds"/> (on-premises OTDS).
    /// </summary>
    public OpenTextTokenFlow TokenFlow { get; set; } = OpenTextTokenFlow.Tenant;

    /// <summary>
    /// The Developer Cloud region that builds the identity host <c>https://{Region}.api.opentext.com/</c>: <c>us</c>,
    /// <c>eu-1</c>, <c>na-1</c> or <c>au</c> (see <see cref="OpenTextRegion"/>). Tenant flow only; set
    /// <see cref="AuthenticationBaseAddress"/> instead for any other host.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>
    /// The identity host, when <see cref="Region"/> does not build it: a Developer Cloud host, the OTDS server
    /// (<see cref="OpenTextTokenFlow.Otds"/>), or the Trading Grid token host (defaults to the Trading Grid
    /// <see cref="ConnectorClientOptions.BaseAddress"/>, where OpenText's collections send the token call too).
    /// </summary>
    public Uri? AuthenticationBaseAddress { get; set; }

    /// <summary>A full token URL that replaces the one the flow builds (a proxy, an unusual OTDS path).</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>The tenant id: required by the Developer Cloud flow, optional for OTDS, not used by Trading Grid.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The OAuth2 client id (Trading Grid: the consumer key).</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The OAuth2 client secret (Trading Grid: the consumer secret). Never logged.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The scope to ask for, if the product needs one (the password grant asks for <c>openid</c> when unset).</summary>
    public string? Scope { get; set; }

    /// <summary>A user name, for products that require the password grant; leave empty for client credentials.</summary>
    public string? UserName { get; set; }

    /// <summary>The user's password for the password grant. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>How long before expiry a token is refreshed. Default 60 s.</summary>
    public TimeSpan TokenRefreshBefore { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether the product signs in only with the Trading Grid flow (Trading Grid) rather than with tenant or OTDS
    /// tokens (the Developer Cloud products). Checked by <see cref="Validate"/>.
    /// </summary>
    protected virtual bool IsTradingGridProduct => false;

    /// <summary>The token URL the flow posts to (without the Trading Grid query string).</summary>
    /// <exception cref="InvalidOperationException">The settings that build it are missing; <see cref="Validate"/> names them.</exception>
    public Uri GetTokenEndpoint()
    {
        if (TokenEndpoint is not null)
        {
            return TokenEndpoint;
        }

        return TokenFlow switch
        {
            OpenTextTokenFlow.TradingGrid => new Uri(
                WithTrailingSlash(AuthenticationBaseAddress ?? BaseAddress) ?? throw Missing("AuthenticationBaseAddress or BaseAddress"),
                TradingGridTokenPath),
            OpenTextTokenFlow.Otds => new Uri(
                WithTrailingSlash(AuthenticationBaseAddress) ?? throw Missing("AuthenticationBaseAddress (the OTDS server)"),
                string.IsNullOrWhiteSpace(TenantId) ? "otdsws/oauth2/token" : $"otdsws/otdstenant/{Uri.EscapeDataString(TenantId)}/oauth2/token"),
            _ => new Uri(IdentityAddress() ?? throw Missing("Region or AuthenticationBaseAddress"), $"tenants/{Uri.EscapeDataString(TenantId)}/oauth2/token"),
        };
    }

    /// <summary>The credentials sent to the token endpoint.</summary>
    public OAuth2ClientCredentials GetCredentials() => new()
    {
        TokenEndpoint = GetTokenEndpoint(),
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        Scope = string.IsNullOrEmpty(Scope) ? null : Scope,
        UserName = string.IsNullOrEmpty(UserName) ? null : UserName,
        Password = Password,
    };

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return TokenFlow == OpenTextTokenFlow.TradingGrid
                ? "ClientId and ClientSecret (the Trading Grid consumer key and secret) are required."
                : "ClientId and ClientSecret are required.";
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return "Password is required when UserName is set (password grant).";
        }

        if (Region is not null && !OpenTextRegion.IsValid(Region))
        {
            yield return $"Region '{Region}' is not a region label such as us, eu-1, na-1 or au; set AuthenticationBaseAddress for any other host.";
        }

        if (TokenEndpoint is { IsAbsoluteUri: false })
        {
            yield return "TokenEndpoint must be an absolute URI.";
        }

        if (AuthenticationBaseAddress is { IsAbsoluteUri: false })
        {
            yield return "AuthenticationBaseAddress must be an absolute URI.";
        }

        if ((InsecureTransport(TokenEndpoint, "TokenEndpoint") ?? InsecureTransport(AuthenticationBaseAddress, "AuthenticationBaseAddress")) is { } insecure)
        {
            yield return insecure;
        }

        if (IsTradingGridProduct && TokenFlow != OpenTextTokenFlow.TradingGrid)
        {
            yield return $"TokenFlow must be TradingGrid: Trading Grid takes only its own tokens (v1/oauth2/tokens, Basic consumer key and secret), not {TokenFlow} tokens.";
        }
        else if (!IsTradingGridProduct && TokenFlow == OpenTextTokenFlow.TradingGrid)
        {
            yield return "TokenFlow TradingGrid signs in Trading Grid only; this product takes Tenant (Developer Cloud) or Otds tokens.";
        }

        IEnumerable<string> flowErrors = TokenFlow switch
        {
            OpenTextTokenFlow.TradingGrid => ValidateTradingGridFlow(),
            OpenTextTokenFlow.Otds => ValidateOtdsFlow(),
            OpenTextTokenFlow.Tenant => ValidateTenantFlow(),
            _ => [$"TokenFlow '{TokenFlow}' is not one of Tenant, TradingGrid, Otds."],
        };
        foreach (var error in flowErrors)
        {
            yield return error;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name}({TokenFlow} flow, tenant {(TenantId.Length == 0 ? "-" : TenantId)}, client {ClientId}, secret ***)";

    private IEnumerable<string> ValidateTenantFlow()
    {
        if (string.IsNullOrWhiteSpace(TenantId))
        {
            yield return "TenantId is required by the Tenant token flow (…/tenants/{TenantId}/oauth2/token).";
        }

        if (TokenEndpoint is null && Region is null && AuthenticationBaseAddress is null)
        {
            yield return "Set Region (us, eu-1, na-1, au) or AuthenticationBaseAddress: Developer Cloud tokens come from the identity host "
                         + "(https://{region}.api.opentext.com/), which is not the product's BaseAddress.";
        }

        if (Region is not null && AuthenticationBaseAddress is not null)
        {
            yield return "Region and AuthenticationBaseAddress both name the identity host; set one.";
        }

        if (IsTradingGridTokenUrl(TokenEndpoint))
        {
            yield return $"TokenEndpoint {TokenEndpoint} is a Trading Grid token URL, but TokenFlow is Tenant; use …/tenants/{{TenantId}}/oauth2/token.";
        }
    }

    private IEnumerable<string> ValidateTradingGridFlow()
    {
        if (Region is not null)
        {
            yield return "Region builds a Developer Cloud identity host; Trading Grid issues its tokens at its own host (AuthenticationBaseAddress, default BaseAddress). Remove Region.";
        }

        if (!string.IsNullOrEmpty(UserName))
        {
            yield return "The Trading Grid token flow is client credentials only (consumer key and secret); remove UserName and Password.";
        }

        if (IsTenantTokenUrl(TokenEndpoint))
        {
            yield return $"TokenEndpoint {TokenEndpoint} is a tenant token URL, but Trading Grid tokens come from {TradingGridTokenPath} (Basic, grant_type in the query, no tenant).";
        }

        if (TokenEndpoint is null && AuthenticationBaseAddress is null && BaseAddress is null)
        {
            yield return "Set BaseAddress (https://apigrid.opentext.com/) or AuthenticationBaseAddress for the Trading Grid token host.";
        }
    }

    private IEnumerable<string> ValidateOtdsFlow()
    {
        if (TokenEndpoint is null && AuthenticationBaseAddress is null)
        {
            yield return "AuthenticationBaseAddress (the OTDS server, e.g. https://otds.example.com/) is required by the Otds token flow.";
        }

        if (Region is not null)
        {
            yield return "Region builds a Developer Cloud identity host; the Otds flow signs in at AuthenticationBaseAddress. Remove Region.";
        }

        if (IsTradingGridTokenUrl(TokenEndpoint))
        {
            yield return $"TokenEndpoint {TokenEndpoint} is a Trading Grid token URL, but TokenFlow is Otds.";
        }
    }

    private Uri? IdentityAddress()
        => AuthenticationBaseAddress is not null ? WithTrailingSlash(AuthenticationBaseAddress)
            : OpenTextRegion.IsValid(Region) ? OpenTextRegion.IdentityAddress(Region!)
            : null;

    private static bool IsTradingGridTokenUrl(Uri? url)
        => url is { IsAbsoluteUri: true } && url.AbsolutePath.TrimEnd('/').EndsWith("/" + TradingGridTokenPath, StringComparison.OrdinalIgnoreCase);

    private static bool IsTenantTokenUrl(Uri? url)
        => url is { IsAbsoluteUri: true }
           && (url.AbsolutePath.Contains("/tenants/", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.Contains("/otdsws/", StringComparison.OrdinalIgnoreCase));

    private static InvalidOperationException Missing(string settings)
        => new($"The token endpoint cannot be built: set {settings} (or TokenEndpoint).");
}
