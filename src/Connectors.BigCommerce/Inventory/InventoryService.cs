using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>Inventory (v3): absolute and relative adjustments, stock by location.</summary>
public class InventoryService
{
    private readonly ApiConnection _api;

    internal InventoryService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected InventoryService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Sets stock levels (<c>PUT /v3/inventory/adjustments/absolute</c>). Idempotent, so retried safely.</summary>
    /// <param name="adjustment">The new levels.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<InventoryAdjustmentResult>> SetAbsoluteAsync(InventoryAdjustment adjustment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        return _api.SendAsync(ApiRequest.Put(BigCommerceRoutes.AbsoluteAdjustments).WithJson(adjustment, Json.InventoryAdjustment), Json.InventoryAdjustmentResult, cancellationToken);
    }

    /// <summary>Adds to or subtracts from stock levels (<c>POST /v3/inventory/adjustments/relative</c>). Never retried: it would apply twice.</summary>
    /// <param name="adjustment">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<InventoryAdjustmentResult>> AdjustRelativeAsync(InventoryAdjustment adjustment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        return _api.SendAsync(ApiRequest.Post(BigCommerceRoutes.RelativeAdjustments).WithJson(adjustment, Json.InventoryAdjustment), Json.InventoryAdjustmentResult, cancellationToken);
    }

    /// <summary>Lists items with their stock at every location.</summary>
    /// <param name="query">Filters; null for all items.</param>
    public virtual AsyncPageable<InventoryItem> ListItemsAsync(InventoryQuery? query = null)
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.InventoryItems)
            .WithQuery("sku:in", query?.Skus is { Count: > 0 } skus ? string.Join(',', skus) : null)
            .WithQuery("product_id:in", query?.ProductIds is { Count: > 0 } products ? Lists.Csv(products) : null)
            .WithQuery("variant_id:in", query?.VariantIds is { Count: > 0 } variants ? Lists.Csv(variants) : null)
            .WithQuery("location_id:in", query?.LocationIds is { Count: > 0 } locations ? Lists.Csv(locations) : null), Json.V3CollectionInventoryItem);

    /// <summary>Lists the stock of every item at one location.</summary>
    /// <param name="locationId">The location id.</param>
    public virtual AsyncPageable<LocationInventoryItem> ListLocationItemsAsync(int locationId)
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.LocationItems(locationId)), Json.V3CollectionLocationInventoryItem);
}
