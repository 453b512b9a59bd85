using System.Collections.Concurrent;
using Connectors.Core.Auth;

namespace Connectors.OpenText;

/// <summary>
/// One token provider per credential, shared by every OpenText client in the host: products signing in with the
/// same flow, token URL, client, secret, scope and user fetch one token, not one each. The key holds everything that
/// makes a credential (the secret and password as SHA-256 hashes), so a client with a wrong secret never rides on
/// another client's token: it fails on its own request.
/// </summary>
public sealed class OpenTextTokenProviders
{
    /// <summary>The <c>IHttpClientFactory</c> name of the client that calls the identity service.</summary>
    public const string HttpClientName = "Connectors.OpenText.Identity";

    private readonly ConcurrentDictionary<string, OpenTextTokenProvider> _providers = new(StringComparer.Ordinal);
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

    /// <summary>How many distinct credentials have a provider.</summary>
    public int Count => _providers.Count;

    /// <summary>The provider for these options' credentials.</summary>
    /// <param name="options">The client's options.</param>
    /// <param name="product">The product asking (e.g. <c>OpenText.CoreCase</c>), named in its sign-in errors; <c>null</c> for the shared provider itself.</param>
    public ITokenProvider Get(OpenTextClientOptions options, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credentials = options.GetCredentials();
        var shared = _providers.GetOrAdd(
            $"{options.TokenFlow}|{credentials.CacheKey}",
            _ => OpenTextTokenProvider.For(() => _http.CreateClient(HttpClientName), options, _time));
        return product is null ? shared : new ProductTokenProvider(shared, product);
    }

    /// <summary>Says which product failed when the shared provider's token request is refused.</summary>
    private sealed class ProductTokenProvider(ITokenProvider shared, string product) : ITokenProvider
    {
        public async ValueTask<AccessToken> GetTokenAsync(AccessToken? rejected = null, CancellationToken cancellationToken = default)
        {
            try
            {
                return await shared.GetTokenAsync(rejected, cancellationToken).ConfigureAwait(false);
            }
            catch (OpenTextAuthenticationException ex) when (ex.Product is null)
            {
                throw ex.ForProduct(product);
            }
        }
    }
}
