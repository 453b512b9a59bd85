namespace Connectors.Core.Auth;

/// <summary>What an OAuth2 token request needs. <see cref="ToString"/> never shows secrets.</summary>
public sealed record OAuth2ClientCredentials
{
    /// <summary>The token endpoint.</summary>
    public required Uri TokenEndpoint { get; init; }

    /// <summary>The client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The client secret. Never logged.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>The scope to ask for, if any.</summary>
    public string? Scope { get; init; }

    /// <summary>The user name, for products that require the password grant; <c>null</c> for client credentials.</summary>
    public string? UserName { get; init; }

    /// <summary>The user's password for the password grant. Never logged.</summary>
    public string? Password { get; init; }

    /// <summary>The cache key: endpoint (which carries the tenant), client and scope, never the secret.</summary>
    public string CacheKey => $"{TokenEndpoint}|{ClientId}|{Scope}|{UserName}";

    /// <inheritdoc />
    public override string ToString() => $"OAuth2ClientCredentials({TokenEndpoint}, client {ClientId}, scope {Scope ?? "-"}, secret ***)";
}
