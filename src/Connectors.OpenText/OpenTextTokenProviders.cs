using System.Collections.Concurrent;
using Connectors.Core.Auth;

namespace Connectors.OpenText;

/// <summary>
/// One token provider per tenant + client + scope, shared by every OpenText client in the host: four
/// products signing in with the same client fetch one token, not four.
/// </summary>
public sealed class OpenTextTokenProviders
{
    /// <summary>The <c>IHttpClientFactory</c> name of the client that calls the identity service.</summary>
    public const string HttpClientName = "Connectors.OpenText.Identity";

    private readonly ConcurrentDictionary<string, OAuth2TokenProvider> _providers = new(StringComparer.Ordinal);
    private readonly IHttpClientFactory _http;
    private readonly TimeProvider _time;

    /// <summary>Creates the cache.</summary>
    /// <param name="http">The HTTP client factory.</param>
    /// <param name="time">The clock.</param>
    public OpenTextTokenProviders(IHttpClientFactory http, TimeProvider? time = null)
    {
        _http = http;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The provider for these options' credentials.</summary>
    /// <param name="options">The client's options.</param>
    public ITokenProvider Get(OpenTextClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credentials = options.GetCredentials();
        return _providers.GetOrAdd(credentials.CacheKey, _ => new OAuth2TokenProvider(() => _http.CreateClient(HttpClientName), credentials, "OpenText.Identity", _time)
        {
            RefreshBefore = options.TokenRefreshBefore,
        });
    }
}
