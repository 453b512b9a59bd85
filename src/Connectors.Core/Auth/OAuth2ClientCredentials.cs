using System.Security.Cryptography;
using System.Text;

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

    /// <summary>
    /// The cache key: everything that makes a credential — endpoint (which carries the tenant), client, scope, user,
    /// and a SHA-256 of the secret and password (never the secrets themselves). Two clients that share a client id
    /// but not a secret get separate tokens, so a wrong secret fails loudly instead of riding on another token.
    /// </summary>
    public string CacheKey => $"{TokenEndpoint}|{ClientId}|{Scope}|{UserName}|{Hash(ClientSecret)}|{Hash(Password)}";

    private static string Hash(string? secret)
        => secret is null ? "-" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <inheritdoc />
    public override string ToString() => $"OAuth2ClientCredentials({TokenEndpoint}, client {ClientId}, scope {Scope ?? "-"}, secret ***)";
}
