using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>A batch of stock changes at locations (absolute or relative adjustment).</summary>
public sealed class InventoryAdjustment
{
    /// <summary>Why the stock changes.</summary>
    public string? Reason { get; set; }

    /// <summary>The changes (at most 2000).</summary>
    public IList<InventoryAdjustmentItem> Items { get; set; } = [];
}

/// <summary>One stock change; identify the item by exactly one of <see cref="ProductId"/>, <see cref="VariantId"/> or <see cref="Sku"/>.</summary>
public sealed class InventoryAdjustmentItem
{
    /// <summary>The location id (1 is the default location).</summary>
    public int LocationId { get; set; } = 1;

    /// <summary>The product id (products tracked by product).</summary>
    public int? ProductId { get; set; }

    /// <summary>The variant id.</summary>
    public int? VariantId { get; set; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; set; }

    /// <summary>The new level (absolute) or the change (relative, may be negative).</summary>
    public int Quantity { get; set; }

    /// <summary>A change for a SKU.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="locationId">The location.</param>
    public static InventoryAdjustmentItem ForSku(string sku, int quantity, int locationId = 1) => new() { Sku = sku, Quantity = quantity, LocationId = locationId };

    /// <summary>A change for a product.</summary>
    /// <param name="productId">The product id.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="locationId">The location.</param>
    public static InventoryAdjustmentItem ForProduct(int productId, int quantity, int locationId = 1) => new() { ProductId = productId, Quantity = quantity, LocationId = locationId };
}

/// <summary>The result of an adjustment.</summary>
public sealed class InventoryAdjustmentResult
{
    /// <summary>The id of the adjustment transaction.</summary>
    public string? TransactionId { get; set; }
}

/// <summary>Which item a stock record is about.</summary>
public sealed class InventoryIdentity
{
    /// <summary>The SKU.</summary>
    public string? Sku { get; set; }

    /// <summary>The variant id.</summary>
    public int? VariantId { get; set; }

    /// <summary>The product id.</summary>
    public int? ProductId { get; set; }

    /// <summary>The v2 SKU id; null for a base variant.</summary>
    public int? SkuId { get; set; }
}

/// <summary>Stock settings of an item at a location.</summary>
public sealed class InventorySettings
{
    /// <summary>Safety stock.</summary>
    public int SafetyStock { get; set; }

    /// <summary>Whether it is in stock regardless of quantity.</summary>
    public bool IsInStock { get; set; }

    /// <summary>Warning level.</summary>
    public int WarningLevel { get; set; }

    /// <summary>Bin picking number.</summary>
    public string? BinPickingNumber { get; set; }
}

/// <summary>An item's stock at every location (<c>/v3/inventory/items</c>).</summary>
public sealed class InventoryItem
{
    /// <summary>The item.</summary>
    public InventoryIdentity? Identity { get; set; }

    /// <summary>Stock per location.</summary>
    public IReadOnlyList<InventoryLocationLevel> Locations { get; set; } = [];
}

/// <summary>An item's stock at one location.</summary>
public sealed class InventoryLocationLevel
{
    /// <summary>The location id.</summary>
    public int LocationId { get; set; }

    /// <summary>The location code.</summary>
    public string? LocationCode { get; set; }

    /// <summary>The location name.</summary>
    public string? LocationName { get; set; }

    /// <summary>On hand minus safety stock.</summary>
    public int AvailableToSell { get; set; }

    /// <summary>On hand.</summary>
    public int TotalInventoryOnhand { get; set; }

    /// <summary>Whether the location is enabled.</summary>
    public bool LocationEnabled { get; set; }

    /// <summary>Settings.</summary>
    public InventorySettings? Settings { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An item's stock at the location asked for (<c>/v3/inventory/locations/{id}/items</c>).</summary>
public sealed class LocationInventoryItem
{
    /// <summary>The item.</summary>
    public InventoryIdentity? Identity { get; set; }

    /// <summary>On hand minus safety stock.</summary>
    public int AvailableToSell { get; set; }

    /// <summary>On hand.</summary>
    public int TotalInventoryOnhand { get; set; }

    /// <summary>Settings.</summary>
    public InventorySettings? Settings { get; set; }
}

/// <summary>Filters for <c>/v3/inventory/items</c>.</summary>
public sealed class InventoryQuery
{
    /// <summary>Only these SKUs.</summary>
    public IReadOnlyCollection<string>? Skus { get; set; }

    /// <summary>Only these products.</summary>
    public IReadOnlyCollection<int>? ProductIds { get; set; }

    /// <summary>Only these variants.</summary>
    public IReadOnlyCollection<int>? VariantIds { get; set; }

    /// <summary>Only these locations.</summary>
    public IReadOnlyCollection<int>? LocationIds { get; set; }
}
