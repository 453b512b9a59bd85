using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>Shipments of orders (v2): list, get, create, update, delete.</summary>
public class ShipmentService
{
    private readonly ApiConnection _api;

    internal ShipmentService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected ShipmentService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Lists an order's shipments (an order without shipments gives an empty list).</summary>
    /// <param name="orderId">The order id.</param>
    public virtual AsyncPageable<Shipment> ListAsync(int orderId)
        => Lists.V2(_api, () => ApiRequest.Get(BigCommerceRoutes.Shipments(orderId)), Json.ListShipment);

    /// <summary>Gets a shipment.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="shipmentId">The shipment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<Shipment>> GetAsync(int orderId, int shipmentId, CancellationToken cancellationToken = default)
        => _api.SendAsync(ApiRequest.Get(BigCommerceRoutes.Shipment(orderId, shipmentId)), Json.Shipment, cancellationToken);

    /// <summary>Creates a shipment with carrier and tracking; the store moves the order to Shipped or Partially Shipped. Not retried.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="request">The shipment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<Shipment>> CreateAsync(int orderId, CreateShipmentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _api.SendAsync(ApiRequest.Post(BigCommerceRoutes.Shipments(orderId)).WithJson(request, Json.CreateShipmentRequest), Json.Shipment, cancellationToken);
    }

    /// <summary>Updates a shipment's tracking details.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="shipmentId">The shipment id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<Shipment>> UpdateAsync(int orderId, int shipmentId, UpdateShipmentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _api.SendAsync(ApiRequest.Put(BigCommerceRoutes.Shipment(orderId, shipmentId)).WithJson(request, Json.UpdateShipmentRequest), Json.Shipment, cancellationToken);
    }

    /// <summary>Deletes a shipment.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="shipmentId">The shipment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> DeleteAsync(int orderId, int shipmentId, CancellationToken cancellationToken = default)
        => _api.SendAsync(ApiRequest.Delete(BigCommerceRoutes.Shipment(orderId, shipmentId)), cancellationToken);
}
