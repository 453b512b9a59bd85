namespace Connectors.OpenText.TradingGrid;

/// <summary>A user's postal address (the <c>address</c> object of OpenText's "Create User" and "Update User" requests).</summary>
public sealed class UserAddress
{
    /// <summary>First address line.</summary>
    public string? AddressLine1 { get; set; }

    /// <summary>Second address line.</summary>
    public string? AddressLine2 { get; set; }

    /// <summary>City.</summary>
    public string? City { get; set; }

    /// <summary>State or province.</summary>
    public string? State { get; set; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; set; }

    /// <summary>ISO 3166 country code.</summary>
    public string? CountryCode { get; set; }
}
