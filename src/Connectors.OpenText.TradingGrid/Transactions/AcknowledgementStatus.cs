using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>The functional acknowledgement (X12 997/999, EDIFACT CONTRL) status of a transaction. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<AcknowledgementStatus>))]
public readonly record struct AcknowledgementStatus(string Value) : IExtensibleEnum<AcknowledgementStatus>
{
    /// <summary>Acknowledged as accepted (AK5*A).</summary>
    public static AcknowledgementStatus Accepted { get; } = new("Accepted");

    /// <summary>Accepted with errors noted (AK5*E).</summary>
    public static AcknowledgementStatus AcceptedWithErrors { get; } = new("AcceptedWithErrors");

    /// <summary>Rejected by the receiver (AK5*R / AK9*R).</summary>
    public static AcknowledgementStatus Rejected { get; } = new("Rejected");

    /// <summary>Expected, not yet received.</summary>
    public static AcknowledgementStatus Pending { get; } = new("Pending");

    /// <summary>Expected and late.</summary>
    public static AcknowledgementStatus Overdue { get; } = new("Overdue");

    /// <summary>No acknowledgement is expected.</summary>
    public static AcknowledgementStatus NotExpected { get; } = new("NotExpected");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static AcknowledgementStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
