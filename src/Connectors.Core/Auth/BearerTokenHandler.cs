using System.Net;

namespace Connectors.Core.Auth;

/// <summary>
/// Adds <c>Authorization: Bearer</c> from an <see cref="ITokenProvider"/>. On a 401 it asks for a fresh
/// token once (the rejected one is never reused) and resends; a second 401 goes back to the caller.
/// </summary>
public sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly ITokenProvider _tokens;

    // The header value of the last token handed out, built once per token: a parsed AuthenticationHeaderValue per
    // request would also be formatted back into a new "Bearer …" string each time the request is written.
    private Cached? _cached;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokens">The token provider.</param>
    public BearerTokenHandler(ITokenProvider tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await _tokens.GetTokenAsync(null, cancellationToken).ConfigureAwait(false);
        SetAuthorization(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = await _tokens.GetTokenAsync(token, cancellationToken).ConfigureAwait(false);
        SetAuthorization(request, fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void SetAuthorization(HttpRequestMessage request, AccessToken token)
    {
        var cached = _cached;
        if (cached is null || !ReferenceEquals(cached.Token, token))
        {
            _cached = cached = new Cached(token, "Bearer " + token.Token);
        }

        request.Headers.Remove(Authorization); // a resent request (retry, 401) carries the previous one
        request.Headers.TryAddWithoutValidation(Authorization, cached.Header);
    }

    private const string Authorization = "Authorization";

    private sealed record Cached(AccessToken Token, string Header);
}
