using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>Whether a product can be bought: <c>available</c>, <c>disabled</c>, <c>preorder</c>; other values are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<ProductAvailability>))]
public readonly record struct ProductAvailability(string Value) : IExtensibleEnum<ProductAvailability>
{
    /// <summary>Can be bought.</summary>
    public static ProductAvailability Available => new("available");

    /// <summary>Cannot be bought.</summary>
    public static ProductAvailability Disabled => new("disabled");

    /// <summary>Can be pre-ordered.</summary>
    public static ProductAvailability Preorder => new("preorder");

    /// <inheritdoc />
    public static ProductAvailability Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>How stock is tracked: <c>none</c>, <c>product</c>, <c>variant</c>; other values are kept.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<InventoryTracking>))]
public readonly record struct InventoryTracking(string Value) : IExtensibleEnum<InventoryTracking>
{
    /// <summary>Not tracked.</summary>
    public static InventoryTracking None => new("none");

    /// <summary>Tracked on the product.</summary>
    public static InventoryTracking Product => new("product");

    /// <summary>Tracked per variant.</summary>
    public static InventoryTracking Variant => new("variant");

    /// <inheritdoc />
    public static InventoryTracking Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
