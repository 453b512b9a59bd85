using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Who can read a post. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as Trading Grid spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<PostVisibility>))]
public readonly record struct PostVisibility(string Value) : IExtensibleEnum<PostVisibility>
{
    /// <summary>Visible to the partner and to the company.</summary>
    public static PostVisibility Partner { get; } = new("Partner");

    /// <summary>Visible only to the company's own users.</summary>
    public static PostVisibility Internal { get; } = new("Internal");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static PostVisibility Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
