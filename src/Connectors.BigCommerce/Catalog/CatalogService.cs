using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>The catalog (v3): products, variants, categories.</summary>
public class CatalogService
{
    private readonly ApiConnection _api;

    internal CatalogService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected CatalogService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Lists products lazily.</summary>
    /// <param name="query">Filters; null for all products.</param>
    public virtual AsyncPageable<Product> ListProductsAsync(ProductQuery? query = null)
        => Lists.V3(_api, () => Filter(ApiRequest.Get(BigCommerceRoutes.Products), query), Json.V3CollectionProduct);

    /// <summary>Gets a product.</summary>
    /// <param name="productId">The product id.</param>
    /// <param name="includeVariants">Include its variants.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Product>> GetProductAsync(int productId, bool includeVariants = false, CancellationToken cancellationToken = default)
    {
        var request = ApiRequest.Get(BigCommerceRoutes.Product(productId)).WithQuery("include", includeVariants ? "variants" : null);
        return Envelopes.Unwrap(await _api.SendAsync(request, Json.V3EnvelopeProduct, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Updates a product: price, availability, visibility, inventory fields.</summary>
    /// <param name="productId">The product id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Product>> UpdateProductAsync(int productId, UpdateProductRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var api = ApiRequest.Put(BigCommerceRoutes.Product(productId)).WithJson(request, Json.UpdateProductRequest);
        return Envelopes.Unwrap(await _api.SendAsync(api, Json.V3EnvelopeProduct, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Lists a product's variants.</summary>
    /// <param name="productId">The product id.</param>
    public virtual AsyncPageable<ProductVariant> ListVariantsAsync(int productId)
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.Variants(productId)), Json.V3CollectionProductVariant);

    /// <summary>Updates a variant.</summary>
    /// <param name="productId">The product id.</param>
    /// <param name="variantId">The variant id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<ProductVariant>> UpdateVariantAsync(int productId, int variantId, UpdateVariantRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var api = ApiRequest.Put(BigCommerceRoutes.Variant(productId, variantId)).WithJson(request, Json.UpdateVariantRequest);
        return Envelopes.Unwrap(await _api.SendAsync(api, Json.V3EnvelopeProductVariant, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Lists categories of all category trees (read only), through <c>GET /v3/catalog/trees/categories</c>.</summary>
    /// <param name="parentId">Only children of this category (<c>parent_id:in</c>).</param>
    /// <param name="treeId">Only categories of this tree (<c>tree_id:in</c>); null for every tree.</param>
    public virtual AsyncPageable<Category> ListCategoriesAsync(int? parentId = null, int? treeId = null)
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.Categories).WithQuery("parent_id:in", parentId).WithQuery("tree_id:in", treeId), Json.V3CollectionCategory);

    private static ApiRequest Filter(ApiRequest request, ProductQuery? query)
    {
        if (query is null)
        {
            return request;
        }

        return request
            .WithQuery("id:in", query.Ids is { Count: > 0 } ? Lists.Csv(query.Ids) : null)
            .WithQuery("sku", query.Sku)
            .WithQuery("name", query.Name)
            .WithQuery("is_visible", query.IsVisible)
            .WithQuery("availability", query.Availability?.Value)
            .WithQuery("categories:in", query.CategoryIds is { Count: > 0 } ? Lists.Csv(query.CategoryIds) : null)
            .WithQuery("inventory_level:max", query.MaxInventoryLevel)
            .WithQuery("inventory_low", query.InventoryLow == true ? "1" : null)
            .WithQuery("date_modified:min", query.MinDateModified)
            .WithQuery("include", query.IncludeVariants ? "variants" : null);
    }
}
