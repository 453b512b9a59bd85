using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>The business type of a shared document. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<DocumentType>))]
public readonly record struct DocumentType(string Value) : IExtensibleEnum<DocumentType>
{
    /// <summary>An invoice.</summary>
    public static DocumentType Invoice { get; } = new("Invoice");

    /// <summary>A packing list.</summary>
    public static DocumentType PackingList { get; } = new("PackingList");

    /// <summary>A proof of delivery.</summary>
    public static DocumentType ProofOfDelivery { get; } = new("ProofOfDelivery");

    /// <summary>A compliance certificate (usually with an expiry date).</summary>
    public static DocumentType Certificate { get; } = new("Certificate");

    /// <summary>A purchase order.</summary>
    public static DocumentType PurchaseOrder { get; } = new("PurchaseOrder");

    /// <summary>Anything else.</summary>
    public static DocumentType Other { get; } = new("Other");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static DocumentType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
