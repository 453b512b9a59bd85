using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>The state of a community thread. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<ThreadStatus>))]
public readonly record struct ThreadStatus(string Value) : IExtensibleEnum<ThreadStatus>
{
    /// <summary>Under discussion.</summary>
    public static ThreadStatus Open { get; } = new("Open");

    /// <summary>Marked resolved.</summary>
    public static ThreadStatus Resolved { get; } = new("Resolved");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static ThreadStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
