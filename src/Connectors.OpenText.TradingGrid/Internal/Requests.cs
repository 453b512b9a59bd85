using System.Text.Json;

namespace Connectors.OpenText.TradingGrid.Internal;

// Request bodies. PartnerPostRequest deliberately has no member that could carry internal data.

internal sealed record PartnerPostRequest(string Body, string Visibility, string? InReplyTo, IReadOnlyList<string>? DocumentIds);

internal sealed record InternalPostRequest(string Body, string Visibility, string? InReplyTo, IReadOnlyList<string>? DocumentIds, InternalPostData Internal);

internal sealed record CreateThreadRequest(string Title, string? Category, JsonElement Post);

internal sealed record ThreadStatusRequest(string Status, string? Resolution);

internal sealed record OnboardingRequest(string PartnerCompanyName, IReadOnlyList<string> TradingAddresses, IReadOnlyList<string> DocumentTypes, ContactInformation Contact);

internal sealed record OnboardingStatusRequest(string Status, string? Comment);

internal sealed record DocumentMetadata(string DocumentType, string? ThreadId, DateOnly? ExpiresOn, string? Description);

internal sealed record WebhookRequest(Uri CallbackUrl, IReadOnlyList<string> EventTypes);

internal sealed record EventFeed(IReadOnlyList<TradingGridEvent>? Events, string? Checkpoint, bool HasMore);

internal sealed record GraphQlRequest(string Query);

// "Create User" (BN-Trading-Grid Community Management): the published body, property for property.
internal sealed record CreateUserRequest(
    UserAddress? Address,
    ContactInformation? ContactInformation,
    string FirstName,
    string IsConsentClause,
    string IsDayLightSavingsTimeObserved,
    string IsRequiredOpenTextMarketingMaterials,
    string LastName,
    string LoginId,
    string LoginPassword,
    string? PreferredDateFormat,
    string? PreferredLanguage,
    string? PreferredTimezone,
    string Type,
    Dictionary<string, PasswordHintWire>? UserPasswordHint)
{
    public static CreateUserRequest From(NewTradingGridUser user)
    {
        if (user.PasswordHints.Count > 6)
        {
            throw new ArgumentException("Trading Grid takes at most six password hints.", nameof(user));
        }

        return new(
            user.Address,
            user.ContactInformation,
            user.FirstName,
            YesNo(user.ConsentClause),
            YesNo(user.DaylightSavingTimeObserved),
            YesNo(user.OpenTextMarketingMaterials),
            user.LastName,
            user.LoginId,
            user.LoginPassword,
            user.PreferredDateFormat,
            user.PreferredLanguage,
            user.PreferredTimezone,
            user.Type,
            user.PasswordHints.Count == 0
                ? null
                : user.PasswordHints.Select((h, i) => (Key: $"pwdHintQuestionAnswer{i + 1}", Value: new PasswordHintWire(h.Answer, h.Question)))
                    .ToDictionary(p => p.Key, p => p.Value));
    }

    public override string ToString() => $"CreateUserRequest({LoginId}, password ***)";

    private static string YesNo(bool value) => value ? "Yes" : "No";
}

internal sealed record PasswordHintWire(string Answer, string Question)
{
    public override string ToString() => $"PasswordHintWire({Question}, ***)";
}
