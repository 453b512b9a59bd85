using Connectors.Core.Auth;
using Connectors.Core.DependencyInjection;

namespace Connectors.OpenText;

/// <summary>
/// What every OpenText client needs: the product's API address, and the tenant and OAuth2 client it signs in
/// with through OpenText's identity service. Secrets are never logged and never shown by <see cref="ToString"/>.
/// </summary>
public abstract class OpenTextClientOptions : ConnectorClientOptions
{
    /// <summary>The tenant id.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The OAuth2 client id.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The OAuth2 client secret.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The scope to ask for, if the product needs one.</summary>
    public string? Scope { get; set; }

    /// <summary>A user name, for products that require the password grant; leave empty for client credentials.</summary>
    public string? UserName { get; set; }

    /// <summary>The user's password for the password grant.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// The identity service's base address (e.g. <c>https://na.api.opentext.com/</c>); the token endpoint is
    /// <c>{AuthenticationBaseAddress}tenants/{TenantId}/oauth2/token</c>. Defaults to <see cref="ConnectorClientOptions.BaseAddress"/>.
    /// </summary>
    public Uri? AuthenticationBaseAddress { get; set; }

    /// <summary>A full token endpoint that overrides the tenant-derived one (e.g. an on-premises OTDS).</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>How long before expiry a token is refreshed. Default 60 s.</summary>
    public TimeSpan TokenRefreshBefore { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The token endpoint in use.</summary>
    public Uri GetTokenEndpoint()
    {
        if (TokenEndpoint is not null)
        {
            return TokenEndpoint;
        }

        var root = WithTrailingSlash(AuthenticationBaseAddress ?? BaseAddress)
                   ?? throw new InvalidOperationException("Set AuthenticationBaseAddress, BaseAddress or TokenEndpoint.");
        return new Uri(root, $"tenants/{Uri.EscapeDataString(TenantId)}/oauth2/token");
    }

    /// <summary>The credentials sent to the token endpoint.</summary>
    public OAuth2ClientCredentials GetCredentials() => new()
    {
        TokenEndpoint = GetTokenEndpoint(),
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        Scope = Scope,
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

        if (string.IsNullOrWhiteSpace(TenantId) && TokenEndpoint is null)
        {
            yield return "TenantId is required (or set TokenEndpoint).";
        }

        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return "ClientId and ClientSecret are required.";
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return "Password is required when UserName is set (password grant).";
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name}(tenant {TenantId}, client {ClientId}, secret ***)";
}
