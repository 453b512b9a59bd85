using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>An EDI document type, e.g. X12 850. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<EdiDocumentType>))]
public readonly record struct EdiDocumentType(string Value) : IExtensibleEnum<EdiDocumentType>
{
    /// <summary>X12 850 purchase order.</summary>
    public static EdiDocumentType PurchaseOrder { get; } = new("850");

    /// <summary>X12 855 purchase order acknowledgement.</summary>
    public static EdiDocumentType PurchaseOrderAcknowledgement { get; } = new("855");

    /// <summary>X12 856 advance ship notice.</summary>
    public static EdiDocumentType AdvanceShipNotice { get; } = new("856");

    /// <summary>X12 810 invoice.</summary>
    public static EdiDocumentType Invoice { get; } = new("810");

    /// <summary>X12 997 functional acknowledgement.</summary>
    public static EdiDocumentType FunctionalAcknowledgement { get; } = new("997");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static EdiDocumentType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
