using System.Net;
using System.Net.Http.Headers;

namespace Connectors.Core.Auth;

/// <summary>
/// Adds <c>Authorization: Bearer</c> from an <see cref="ITokenProvider"/>. On a 401 it asks for a fresh
/// token once (the rejected one is never reused) and resends; a second 401 goes back to the caller.
/// </summary>
public sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly ITokenProvider _tokens;

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
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = await _tokens.GetTokenAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
