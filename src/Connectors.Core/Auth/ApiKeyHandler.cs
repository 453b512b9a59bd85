namespace Connectors.Core.Auth;

/// <summary>Adds a static API key header (e.g. BigCommerce's <c>X-Auth-Token</c>) to every request.</summary>
public sealed class ApiKeyHandler : DelegatingHandler
{
    private readonly string _headerName;
    private readonly Func<string> _key;

    /// <summary>Creates the handler.</summary>
    /// <param name="headerName">The header name.</param>
    /// <param name="key">Returns the key; read per request so rotated keys apply at once.</param>
    public ApiKeyHandler(string headerName, Func<string> key)
    {
        ArgumentException.ThrowIfNullOrEmpty(headerName);
        ArgumentNullException.ThrowIfNull(key);
        _headerName = headerName;
        _key = key;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(_headerName);
        request.Headers.TryAddWithoutValidation(_headerName, _key());
        return base.SendAsync(request, cancellationToken);
    }
}
