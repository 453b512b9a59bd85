namespace Connectors.OpenText.Exstream;

/// <summary>Who a communication goes to. Which contact field is needed depends on the channel.</summary>
public sealed class Recipient
{
    /// <summary>Your id for the recipient (customer number); reported back in events.</summary>
    public string? Id { get; init; }

    /// <summary>The recipient's name, printed on the document.</summary>
    public string? Name { get; init; }

    /// <summary>The email address (email channel).</summary>
    public string? Email { get; init; }

    /// <summary>The phone number in E.164 form (SMS channel).</summary>
    public string? Phone { get; init; }

    /// <summary>The postal address (print channel).</summary>
    public PostalAddress? Address { get; init; }
}

/// <summary>A postal address.</summary>
public sealed class PostalAddress
{
    /// <summary>The first address line.</summary>
    public string? Line1 { get; init; }

    /// <summary>The second address line.</summary>
    public string? Line2 { get; init; }

    /// <summary>The city.</summary>
    public string? City { get; init; }

    /// <summary>The state, county or region.</summary>
    public string? Region { get; init; }

    /// <summary>The postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>The ISO 3166 country code.</summary>
    public string? Country { get; init; }
}
