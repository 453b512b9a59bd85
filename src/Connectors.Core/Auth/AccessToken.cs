namespace Connectors.Core.Auth;

/// <summary>A bearer token and when it expires.</summary>
/// <param name="Token">The token. Never logged.</param>
/// <param name="ExpiresAt">When the service stops accepting it.</param>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt)
{
    /// <summary>Redacted: tokens never reach logs through <c>ToString</c>.</summary>
    public override string ToString() => $"AccessToken(***, expires {ExpiresAt:O})";
}

/// <summary>Supplies bearer tokens: cached, refreshed ahead of expiry, one refresh in flight.</summary>
public interface ITokenProvider
{
    /// <summary>A valid token, fetching a new one only when the cached one is missing, expiring or rejected.</summary>
    /// <param name="rejected">A token the service just refused with 401; it is not handed out again.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    ValueTask<AccessToken> GetTokenAsync(AccessToken? rejected = null, CancellationToken cancellationToken = default);
}
