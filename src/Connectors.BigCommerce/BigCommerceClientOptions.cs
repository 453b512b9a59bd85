using Connectors.Core.DependencyInjection;

namespace Connectors.BigCommerce;

/// <summary>Settings of one BigCommerce store connection.</summary>
public sealed class BigCommerceClientOptions : ConnectorClientOptions
{
    /// <summary>The public API gateway.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.bigcommerce.com/");

    /// <summary>Creates options pointing at the public API gateway.</summary>
    public BigCommerceClientOptions()
    {
        BaseAddress = DefaultBaseAddress;
    }

    /// <summary>The store hash: the permanent store id in <c>/stores/{store_hash}/</c>.</summary>
    public string StoreHash { get; set; } = string.Empty;

    /// <summary>The API account's access token, sent as <c>X-Auth-Token</c>. Never logged.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The store's root, <c>{BaseAddress}stores/{StoreHash}/</c>; v2 and v3 paths hang below it.</summary>
    public override Uri? GetBaseAddress()
    {
        var root = WithTrailingSlash(BaseAddress);
        return root is null || !root.IsAbsoluteUri || string.IsNullOrWhiteSpace(StoreHash)
            ? root
            : new Uri(root, "stores/" + Uri.EscapeDataString(StoreHash.Trim()) + "/");
    }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(StoreHash))
        {
            yield return "StoreHash is required (the id in https://api.bigcommerce.com/stores/{store_hash}/).";
        }
        else if (StoreHash.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
        {
            yield return "StoreHash may contain only letters, digits, '-' and '_'.";
        }

        if (string.IsNullOrWhiteSpace(AccessToken))
        {
            yield return "AccessToken is required (the API account's X-Auth-Token).";
        }
    }
}
