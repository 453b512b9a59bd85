using Connectors.Core.Resilience;

namespace Connectors.Core.DependencyInjection;

/// <summary>What every client's options have: the service address and the resilience knobs.</summary>
public abstract class ConnectorClientOptions
{
    /// <summary>The service's base address. Clients that derive it (e.g. from a store hash) override <see cref="GetBaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Allows <c>http://</c> addresses to hosts other than the loopback (127.0.0.1, ::1, localhost), so credentials
    /// travel in cleartext. Off by default, and meant only for test rigs on a private network: with it off, start-up
    /// refuses such an address. Loopback (the emulators) never needs it.
    /// </summary>
    public bool DangerousAllowHttp { get; set; }

    /// <summary>Retries, pacing, timeouts and circuit breaker.</summary>
    public ConnectorResilienceOptions Resilience { get; set; } = new();

    /// <summary>The address requests are sent to, always ending with a slash.</summary>
    public virtual Uri? GetBaseAddress() => WithTrailingSlash(BaseAddress);

    /// <summary>Lists what is wrong with the options; empty when they are valid. Checked at start-up.</summary>
    public virtual IEnumerable<string> Validate()
    {
        var address = GetBaseAddress();
        if (address is null || !address.IsAbsoluteUri)
        {
            yield return "BaseAddress must be an absolute URI.";
        }
        else if (InsecureTransport(address, "BaseAddress") is { } insecure)
        {
            yield return insecure;
        }

        foreach (var error in Resilience.Validate())
        {
            yield return error;
        }
    }

    /// <summary>
    /// Why <paramref name="address"/> may not carry credentials: <c>http</c> to a host that is not the loopback, unless
    /// <see cref="DangerousAllowHttp"/> is set; <see langword="null"/> when it is fine.
    /// </summary>
    /// <param name="address">An absolute address the client sends credentials or tokens to.</param>
    /// <param name="setting">The setting it came from, named in the message.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    protected string? InsecureTransport(Uri? address, string setting)
    {
        if (address is not { IsAbsoluteUri: true } || DangerousAllowHttp || address.IsLoopback)
        {
            return null;
        }

        return address.Scheme == Uri.UriSchemeHttps
            ? null
            : $"{setting} '{address.GetLeftPart(UriPartial.Authority)}' is not https: credentials would travel in cleartext. Use https, or set DangerousAllowHttp for a test rig.";
    }

    /// <summary>Adds a trailing slash so relative paths append instead of replacing the last segment.</summary>
    /// <param name="address">The address.</param>
    protected static Uri? WithTrailingSlash(Uri? address)
        => address is null || address.OriginalString.EndsWith('/') ? address : new Uri(address.OriginalString + "/", UriKind.RelativeOrAbsolute);
}
