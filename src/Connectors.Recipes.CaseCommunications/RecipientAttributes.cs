namespace Connectors.Recipes.CaseCommunications;

/// <summary>Which case custom attributes hold the recipient of a communication.</summary>
public sealed class RecipientAttributes
{
    /// <summary>The customer id. Default <c>customerId</c>.</summary>
    public string Id { get; set; } = "customerId";

    /// <summary>The name (required by Exstream). Default <c>customerName</c>.</summary>
    public string Name { get; set; } = "customerName";

    /// <summary>The email address (email channel). Default <c>customerEmail</c>.</summary>
    public string Email { get; set; } = "customerEmail";

    /// <summary>The phone number (sms channel). Default <c>customerPhone</c>.</summary>
    public string Phone { get; set; } = "customerPhone";

    /// <summary>The street line (print channel). Default <c>customerAddressLine1</c>.</summary>
    public string AddressLine1 { get; set; } = "customerAddressLine1";

    /// <summary>The city. Default <c>customerCity</c>.</summary>
    public string City { get; set; } = "customerCity";

    /// <summary>The postal code. Default <c>customerPostalCode</c>.</summary>
    public string PostalCode { get; set; } = "customerPostalCode";

    /// <summary>The country. Default <c>customerCountry</c>.</summary>
    public string Country { get; set; } = "customerCountry";
}
