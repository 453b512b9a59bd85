namespace Connectors.OpenText.TradingGrid;

/// <summary>A user's postal address (the <c>address</c> object of OpenText's "Create User" and "Update User" requests).</summary>
public sealed class UserAddress
{
    /// <summary>First address line.</summary>
    public string? AddressLine1 { get; init; }

    /// <summary>Second address line.</summary>
    public string? AddressLine2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State or province.</summary>
    public string? State { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166 country code.</summary>
    public string? CountryCode { get; init; }
}
