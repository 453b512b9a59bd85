namespace Connectors.OpenText.TradingGrid;

/// <summary>A contact (user) at a partner company.</summary>
public sealed class PartnerContact
{
    /// <summary>The user id.</summary>
    public required string UserId { get; set; }

    /// <summary>The login id (may change; do not use it as a key).</summary>
    public string? LoginId { get; set; }

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    public string? LastName { get; set; }

    /// <summary>The contact's business role, e.g. <c>EDI Coordinator</c>.</summary>
    public string? Role { get; set; }

    /// <summary>E-mail and phone.</summary>
    public ContactInformation? ContactInformation { get; set; }
}

/// <summary>How to reach a person (the <c>contactInformation</c> object of OpenText's "Create User" request).</summary>
public sealed class ContactInformation
{
    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>Phone number.</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>Phone extension (Trading Grid spells the property <c>phoneNumberExtention</c>).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("phoneNumberExtention")]
    public string? PhoneNumberExtension { get; set; }

    /// <summary>Mobile number.</summary>
    public string? Mobile { get; set; }

    /// <summary>Fax number.</summary>
    public string? FaxNumber { get; set; }
}
