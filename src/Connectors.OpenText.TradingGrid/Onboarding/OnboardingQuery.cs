namespace Connectors.OpenText.TradingGrid;

/// <summary>Filters for listing onboarding submissions.</summary>
public sealed class OnboardingQuery
{
    /// <summary>Only submissions in this status.</summary>
    public OnboardingStatus? Status { get; init; }

    /// <summary>Only submissions changed at or after this time.</summary>
    public DateTimeOffset? ModifiedSince { get; init; }
}
