using Connectors.Core.Resilience;

namespace Connectors.Core.DependencyInjection;

/// <summary>What every client's options have: the service address and the resilience knobs.</summary>
public abstract class ConnectorClientOptions
{
    /// <summary>The service's base address. Clients that derive it (e.g. from a store hash) override <see cref="GetBaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

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

        foreach (var error in Resilience.Validate())
        {
            yield return error;
        }
    }

    /// <summary>Adds a trailing slash so relative paths append instead of replacing the last segment.</summary>
    /// <param name="address">The address.</param>
    protected static Uri? WithTrailingSlash(Uri? address)
        => address is null || address.OriginalString.EndsWith('/') ? address : new Uri(address.OriginalString + "/", UriKind.RelativeOrAbsolute);
}
