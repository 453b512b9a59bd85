namespace Connectors.OpenText.TradingGrid;

/// <summary>An onboarding request to submit on a partner's behalf.</summary>
/// <param name="PartnerCompanyName">The company being onboarded.</param>
/// <param name="ContactEmail">Who to contact.</param>
public sealed record NewOnboardingSubmission(string PartnerCompanyName, string ContactEmail)
{
    /// <summary>The contact's phone number.</summary>
    public string? ContactPhoneNumber { get; init; }

    /// <summary>Requested EDI addresses.</summary>
    public IReadOnlyList<string> TradingAddresses { get; init => field = value ?? []; } = [];

    /// <summary>Requested document types, e.g. 850, 856, 810.</summary>
    public IReadOnlyList<string> DocumentTypes { get; init => field = value ?? []; } = [];
}
