using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>A case's status (assumed values: Core Case publishes no statuses). Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct CaseStatus(string Value) : IExtensibleEnum<CaseStatus>
{
    /// <summary>New, not yet worked.</summary>
    public static CaseStatus Open { get; } = new("OPEN");

    /// <summary>Being worked.</summary>
    public static CaseStatus InProgress { get; } = new("IN_PROGRESS");

    /// <summary>Waiting for the customer or partner.</summary>
    public static CaseStatus AwaitingInformation { get; } = new("AWAITING_INFORMATION");

    /// <summary>An outcome was reached.</summary>
    public static CaseStatus Resolved { get; } = new("RESOLVED");

    /// <summary>Finished; only reopening is allowed.</summary>
    public static CaseStatus Closed { get; } = new("CLOSED");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static CaseStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
