namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// A user to create, with the fields of OpenText's "Create User" request. The password and the hint answers are
/// secrets: never logged, never shown by <see cref="ToString"/>.
/// </summary>
public sealed class NewTradingGridUser
{
    /// <summary>The login id (often an e-mail address).</summary>
    public required string LoginId { get; init; }

    /// <summary>The initial password.</summary>
    public required string LoginPassword { get; init; }

    /// <summary>First name.</summary>
    public required string FirstName { get; init; }

    /// <summary>Last name.</summary>
    public required string LastName { get; init; }

    /// <summary>Postal address.</summary>
    public UserAddress? Address { get; init; }

    /// <summary>E-mail and phone numbers.</summary>
    public ContactInformation? ContactInformation { get; init; }

    /// <summary>The user type. Default <c>Web</c>.</summary>
    public string Type { get; init; } = "Web";

    /// <summary>Language, e.g. <c>en</c>.</summary>
    public string? PreferredLanguage { get; init; }

    /// <summary>Time zone, e.g. <c>America/New_York</c>.</summary>
    public string? PreferredTimezone { get; init; }

    /// <summary>Date format, e.g. <c>MM/dd/yy</c>.</summary>
    public string? PreferredDateFormat { get; init; }

    /// <summary>Whether the user accepted the consent clause (sent as <c>isConsentClause</c> <c>Yes</c>/<c>No</c>).</summary>
    public bool ConsentClause { get; init; }

    /// <summary>Whether daylight saving time is observed (sent as <c>isDayLightSavingsTimeObserved</c>).</summary>
    public bool DaylightSavingTimeObserved { get; init; }

    /// <summary>Whether the user wants OpenText marketing material (sent as <c>isRequiredOpenTextMarketingMaterials</c>).</summary>
    public bool OpenTextMarketingMaterials { get; init; }

    /// <summary>Up to six password-hint questions and answers (sent as <c>userPasswordHint.pwdHintQuestionAnswer1…6</c>).</summary>
    public IReadOnlyList<PasswordHint> PasswordHints { get; init => field = value ?? []; } = [];

    /// <inheritdoc />
    public override string ToString() => $"NewTradingGridUser({LoginId}, {FirstName} {LastName}, password ***)";
}

/// <summary>A password-hint question and its answer (a secret).</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer. Never logged.</param>
public sealed record PasswordHint(string Question, string Answer)
{
    /// <inheritdoc />
    public override string ToString() => $"PasswordHint({Question}, ***)";
}
