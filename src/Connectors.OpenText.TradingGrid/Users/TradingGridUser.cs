using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// A user of the company. OpenText's collection says a user list carries <c>userId</c>, <c>loginId</c>, <c>email</c>,
/// <c>firstName</c> and <c>lastName</c>, and shows the other properties in its "Create User" body; no answer example is
/// published, so anything else the service sends is kept in <see cref="AdditionalData"/>.
/// </summary>
public sealed class TradingGridUser
{
    /// <summary>The user id (e.g. <c>GCP6U3F660I61</c>): stable, use it as the key.</summary>
    public string? UserId { get; set; }

    /// <summary>The login id; the user may change it in Trading Grid, so do not store it as a key. Role calls take it.</summary>
    public string? LoginId { get; set; }

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    public string? LastName { get; set; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>The user type, e.g. <c>Web</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Postal address.</summary>
    public UserAddress? Address { get; set; }

    /// <summary>Phone, mobile, fax and e-mail.</summary>
    public ContactInformation? ContactInformation { get; set; }

    /// <summary>Language, e.g. <c>en</c>.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>Time zone, e.g. <c>America/New_York</c>.</summary>
    public string? PreferredTimezone { get; set; }

    /// <summary>Date format, e.g. <c>MM/dd/yy</c>.</summary>
    public string? PreferredDateFormat { get; set; }

    /// <summary>Whether the user accepted the consent clause (<c>isConsentClause</c>, <c>Yes</c>/<c>No</c> in the Create User body).</summary>
    [JsonPropertyName("isConsentClause")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? ConsentClause { get; set; }

    /// <summary>Whether daylight saving time is observed (<c>isDayLightSavingsTimeObserved</c>, <c>Yes</c>/<c>No</c>).</summary>
    [JsonPropertyName("isDayLightSavingsTimeObserved")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? DaylightSavingTimeObserved { get; set; }

    /// <summary>Whether the user wants OpenText marketing material (<c>isRequiredOpenTextMarketingMaterials</c>, <c>Yes</c>/<c>No</c>).</summary>
    [JsonPropertyName("isRequiredOpenTextMarketingMaterials")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? OpenTextMarketingMaterials { get; set; }

    /// <summary>Every other property of the answer, as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}

/// <summary>A role of a user (the <c>{"roleName"}</c> items OpenText's "Update Roles" request sends).</summary>
/// <param name="RoleName">The role, e.g. <c>TGMS Reports</c>.</param>
public sealed record UserRole(string RoleName);

/// <summary>The answer to creating a user: its id (OpenText's collection reads <c>uniqueId</c> from it).</summary>
public sealed class CreatedUser
{
    /// <summary>The new user's id; use it with <see cref="UserService.GetAsync"/>, <see cref="UserService.UpdateAsync"/> and <see cref="UserService.DeleteAsync"/>.</summary>
    public required string UniqueId { get; set; }

    /// <summary>Every other property of the answer, as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}
