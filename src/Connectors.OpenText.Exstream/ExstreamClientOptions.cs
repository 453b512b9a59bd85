using Connectors.Core.DependencyInjection;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Settings for <see cref="ExstreamClient"/>: the Core Communications URL (<see cref="ConnectorClientOptions.BaseAddress"/>,
/// the part before <c>/orchestration</c> and <c>/design</c>; <c>https://communication.{Region}.api.opentext.com/</c> when
/// only <see cref="OpenTextClientOptions.Region"/> is set), the Exstream <see cref="Domain"/>, and the OpenText sign-in
/// (<see cref="OpenTextClientOptions"/>: the tenant token comes from the region's identity host
/// <c>https://{Region}.api.opentext.com/</c>, never from the product host).
/// </summary>
public class ExstreamClientOptions : OpenTextClientOptions
{
    /// <summary>The Exstream domain the client works in (e.g. <c>claims</c>): list them with <see cref="DesignService.ListDomainsAsync"/>.</summary>
    public string Domain { get; set; } = string.Empty;

    /// <summary>How many items design lists ask for per page (<c>count</c>, 1–1000) when the caller gives no hint. Default 100.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// The Core Communications URL: <see cref="ConnectorClientOptions.BaseAddress"/>, or, when that is unset and
    /// <see cref="OpenTextClientOptions.Region"/> is set, <c>https://communication.{Region}.api.opentext.com/</c> (the
    /// host OpenText's collection environment names for the <c>us</c> region).
    /// </summary>
    public override Uri? GetBaseAddress()
        => base.GetBaseAddress() ?? (RegionHost() is { } host ? new Uri($"https://communication.{host}/") : null);

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(Domain))
        {
            yield return "Domain is required (the Exstream domain, e.g. 'claims'; DesignService.ListDomainsAsync lists them).";
        }

        if (PageSize is < 1 or > 1000)
        {
            yield return "PageSize must be between 1 and 1000.";
        }

        if (BaseAddress is { IsAbsoluteUri: true } address)
        {
            if (RegionHost() is { } identityHost && string.Equals(address.Host, identityHost, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"BaseAddress {address} is the OpenText identity host; Exstream answers on https://communication.{identityHost}/ (or leave BaseAddress unset to use it).";
            }

            var path = address.AbsolutePath;
            if (path.Contains("/orchestration", StringComparison.OrdinalIgnoreCase) || path.Contains("/design/api", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"BaseAddress {address} includes an API path; set the Core Communications URL before /orchestration and /design (e.g. https://communication.us.api.opentext.com/).";
            }
        }
    }

    private string? RegionHost()
    {
        if (string.IsNullOrEmpty(Region))
        {
            return null;
        }

        try
        {
            return OpenTextRegion.IdentityAddress(Region).Host;
        }
        catch (ArgumentException)
        {
            return null; // OpenTextClientOptions.Validate names the malformed region.
        }
    }
}
