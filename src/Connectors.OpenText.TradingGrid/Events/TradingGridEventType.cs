using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>The kind of change an event reports. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<TradingGridEventType>))]
public readonly record struct TradingGridEventType(string Value) : IExtensibleEnum<TradingGridEventType>
{
    /// <summary>A thread was opened.</summary>
    public static TradingGridEventType ThreadCreated { get; } = new("thread.created");

    /// <summary>A post was added to a thread.</summary>
    public static TradingGridEventType PostCreated { get; } = new("post.created");

    /// <summary>A thread was marked resolved.</summary>
    public static TradingGridEventType ThreadResolved { get; } = new("thread.resolved");

    /// <summary>A resolved thread was reopened.</summary>
    public static TradingGridEventType ThreadReopened { get; } = new("thread.reopened");

    /// <summary>A document was shared in a space.</summary>
    public static TradingGridEventType DocumentShared { get; } = new("document.shared");

    /// <summary>A B2B transaction failed or was held.</summary>
    public static TradingGridEventType TransactionFailed { get; } = new("transaction.failed");

    /// <summary>A partner submitted an onboarding request.</summary>
    public static TradingGridEventType OnboardingSubmitted { get; } = new("onboarding.submitted");

    /// <summary>An onboarding submission changed status.</summary>
    public static TradingGridEventType OnboardingStatusChanged { get; } = new("onboarding.statusChanged");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static TradingGridEventType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
