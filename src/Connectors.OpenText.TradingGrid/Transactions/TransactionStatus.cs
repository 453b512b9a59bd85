using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>The processing status Lens reports for a transaction. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<TransactionStatus>))]
public readonly record struct TransactionStatus(string Value) : IExtensibleEnum<TransactionStatus>
{
    /// <summary>Delivered to the receiver.</summary>
    public static TransactionStatus Delivered { get; } = new("Delivered");

    /// <summary>In flight.</summary>
    public static TransactionStatus Processing { get; } = new("Processing");

    /// <summary>Processing or delivery failed.</summary>
    public static TransactionStatus Failed { get; } = new("Failed");

    /// <summary>Held for review (for instance a master-data mismatch).</summary>
    public static TransactionStatus Held { get; } = new("Held");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static TransactionStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
