namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// A change to a user: only the properties set are sent (OpenText's "Update User" request sends just <c>address</c>).
/// </summary>
public sealed class UserUpdate
{
    /// <summary>New postal address.</summary>
    public UserAddress? Address { get; init; }

    /// <summary>New contact information.</summary>
    public ContactInformation? ContactInformation { get; init; }

    /// <summary>New first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>New last name.</summary>
    public string? LastName { get; init; }

    /// <summary>New language.</summary>
    public string? PreferredLanguage { get; init; }

    /// <summary>New time zone.</summary>
    public string? PreferredTimezone { get; init; }

    /// <summary>New date format.</summary>
    public string? PreferredDateFormat { get; init; }
}
