using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>A catalog product (<c>/v3/catalog/products</c>).</summary>
public sealed class Product
{
    /// <summary>The product id.</summary>
    public int Id { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary><c>physical</c> or <c>digital</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; set; }

    /// <summary>The HTML description.</summary>
    public string? Description { get; set; }

    /// <summary>Weight.</summary>
    public decimal Weight { get; set; }

    /// <summary>The price.</summary>
    public decimal Price { get; set; }

    /// <summary>The cost price.</summary>
    public decimal CostPrice { get; set; }

    /// <summary>The retail price.</summary>
    public decimal RetailPrice { get; set; }

    /// <summary>The sale price; 0 when not on sale.</summary>
    public decimal SalePrice { get; set; }

    /// <summary>The price shoppers see.</summary>
    public decimal CalculatedPrice { get; set; }

    /// <summary>Category ids.</summary>
    public IReadOnlyList<int> Categories { get; set; } = [];

    /// <summary>The brand id.</summary>
    public int BrandId { get; set; }

    /// <summary>Stock level (sum over locations, and over variants when tracked by variant).</summary>
    public int InventoryLevel { get; set; }

    /// <summary>The low-stock warning level.</summary>
    public int InventoryWarningLevel { get; set; }

    /// <summary>How stock is tracked.</summary>
    public InventoryTracking InventoryTracking { get; set; }

    /// <summary>Whether shoppers can see it.</summary>
    public bool IsVisible { get; set; }

    /// <summary>Whether it is featured.</summary>
    public bool IsFeatured { get; set; }

    /// <summary>Whether it can be bought.</summary>
    public ProductAvailability Availability { get; set; }

    /// <summary>The availability text.</summary>
    public string? AvailabilityDescription { get; set; }

    /// <summary>The condition.</summary>
    public string? Condition { get; set; }

    /// <summary>The base variant id.</summary>
    public int? BaseVariantId { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>When it was changed.</summary>
    public DateTimeOffset? DateModified { get; set; }

    /// <summary>Variants, when requested with <c>include=variants</c>.</summary>
    public IReadOnlyList<ProductVariant>? Variants { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A product variant.</summary>
public sealed class ProductVariant
{
    /// <summary>The variant id.</summary>
    public int Id { get; set; }

    /// <summary>The product id.</summary>
    public int ProductId { get; set; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; set; }

    /// <summary>The variant's own price; null when it uses the product's.</summary>
    public decimal? Price { get; set; }

    /// <summary>The price shoppers see.</summary>
    public decimal? CalculatedPrice { get; set; }

    /// <summary>Stock level; null when the API reports none (the spec allows null for variants).</summary>
    public int? InventoryLevel { get; set; }

    /// <summary>The low-stock warning level; null when the API reports none.</summary>
    public int? InventoryWarningLevel { get; set; }

    /// <summary>Whether it cannot be bought.</summary>
    public bool PurchasingDisabled { get; set; }

    /// <summary>Every field this model does not type (option values, images, …), kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A category of a category tree (<c>/v3/catalog/trees/categories</c>).</summary>
public sealed class Category
{
    /// <summary>The category id (<c>category_id</c> on the wire).</summary>
    [JsonPropertyName("category_id")]
    public int Id { get; set; }

    /// <summary>The category's UUID.</summary>
    public string? CategoryUuid { get; set; }

    /// <summary>The parent id; 0 at the top.</summary>
    public int ParentId { get; set; }

    /// <summary>The category tree (one per channel group) the category belongs to.</summary>
    public int TreeId { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Sort order.</summary>
    public int SortOrder { get; set; }

    /// <summary>Whether shoppers can see it.</summary>
    public bool IsVisible { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Filters for listing products. Every filter is optional.</summary>
public sealed class ProductQuery
{
    /// <summary>Only these ids.</summary>
    public IReadOnlyCollection<int>? Ids { get; set; }

    /// <summary>Exact SKU.</summary>
    public string? Sku { get; set; }

    /// <summary>Exact name.</summary>
    public string? Name { get; set; }

    /// <summary>Only visible or hidden products.</summary>
    public bool? IsVisible { get; set; }

    /// <summary>Only this availability.</summary>
    public ProductAvailability? Availability { get; set; }

    /// <summary>Only products in all of these categories (<c>categories:in</c>, as the spec documents it).</summary>
    public IReadOnlyCollection<int>? CategoryIds { get; set; }

    /// <summary>Only products at or below this stock level.</summary>
    public int? MaxInventoryLevel { get; set; }

    /// <summary>Only products at or below their warning level.</summary>
    public bool? InventoryLow { get; set; }

    /// <summary>Only products changed at or after.</summary>
    public DateTimeOffset? MinDateModified { get; set; }

    /// <summary>Include variants in each product.</summary>
    public bool IncludeVariants { get; set; }
}

/// <summary>The body of <c>PUT /v3/catalog/products/{id}</c>: only set fields are sent.</summary>
public sealed class UpdateProductRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Price.</summary>
    public decimal? Price { get; set; }

    /// <summary>Sale price.</summary>
    public decimal? SalePrice { get; set; }

    /// <summary>Cost price.</summary>
    public decimal? CostPrice { get; set; }

    /// <summary>Visibility.</summary>
    public bool? IsVisible { get; set; }

    /// <summary>Availability.</summary>
    public ProductAvailability? Availability { get; set; }

    /// <summary>Stock level (when tracked by product).</summary>
    public int? InventoryLevel { get; set; }

    /// <summary>Low-stock warning level.</summary>
    public int? InventoryWarningLevel { get; set; }

    /// <summary>How stock is tracked.</summary>
    public InventoryTracking? InventoryTracking { get; set; }
}

/// <summary>The body of <c>PUT /v3/catalog/products/{id}/variants/{variant_id}</c>: only set fields are sent.</summary>
public sealed class UpdateVariantRequest
{
    /// <summary>Price.</summary>
    public decimal? Price { get; set; }

    /// <summary>Stock level.</summary>
    public int? InventoryLevel { get; set; }

    /// <summary>Whether it cannot be bought.</summary>
    public bool? PurchasingDisabled { get; set; }
}
