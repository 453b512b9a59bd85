using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>The state of a partner onboarding submission. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<OnboardingStatus>))]
public readonly record struct OnboardingStatus(string Value) : IExtensibleEnum<OnboardingStatus>
{
    /// <summary>Received, not yet reviewed.</summary>
    public static OnboardingStatus Submitted { get; } = new("Submitted");

    /// <summary>Being checked (compliance, account set-up, master data).</summary>
    public static OnboardingStatus InReview { get; } = new("InReview");

    /// <summary>Approved; set-up can complete.</summary>
    public static OnboardingStatus Approved { get; } = new("Approved");

    /// <summary>Refused.</summary>
    public static OnboardingStatus Rejected { get; } = new("Rejected");

    /// <summary>The partner is live.</summary>
    public static OnboardingStatus Completed { get; } = new("Completed");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static OnboardingStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
