namespace Connectors.OpenText.TradingGrid;

/// <summary>A partner onboarding submission and its status.</summary>
public sealed class OnboardingSubmission
{
    /// <summary>The submission id.</summary>
    public required string SubmissionId { get; set; }

    /// <summary>The partner's company id, once it has one.</summary>
    public string? PartnerCompanyId { get; set; }

    /// <summary>The company being onboarded.</summary>
    public required string PartnerCompanyName { get; set; }

    /// <summary>Requested EDI addresses.</summary>
    public IReadOnlyList<string> TradingAddresses { get; init => field = value ?? []; } = [];

    /// <summary>Requested document types, e.g. 850, 856, 810.</summary>
    public IReadOnlyList<string> DocumentTypes { get; init => field = value ?? []; } = [];

    /// <summary>Who to contact.</summary>
    public ContactInformation? Contact { get; set; }

    /// <summary>Documents submitted with the request (certificates, tax forms).</summary>
    public IReadOnlyList<string> DocumentIds { get; init => field = value ?? []; } = [];

    /// <summary>The status.</summary>
    public OnboardingStatus Status { get; set; }

    /// <summary>The comment given with the last status change.</summary>
    public string? StatusComment { get; set; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset ModifiedAt { get; set; }
}
