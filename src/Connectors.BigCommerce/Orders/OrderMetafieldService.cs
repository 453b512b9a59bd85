using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>Order metafields (v3), e.g. to record the id of a linked case on an order.</summary>
public class OrderMetafieldService
{
    private readonly ApiConnection _api;

    internal OrderMetafieldService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected OrderMetafieldService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Lists an order's metafields, optionally one namespace and key.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="metafieldNamespace">Only this namespace.</param>
    /// <param name="key">Only this key.</param>
    public virtual AsyncPageable<Metafield> ListAsync(int orderId, string? metafieldNamespace = null, string? key = null)
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.OrderMetafields(orderId)).WithQuery("namespace", metafieldNamespace).WithQuery("key", key), Json.V3CollectionMetafield);

    /// <summary>Creates a metafield; a duplicate namespace and key gives <see cref="ConnectorConflictException"/>.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="request">The metafield.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Metafield>> CreateAsync(int orderId, CreateMetafieldRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _api.SendAsync(ApiRequest.Post(BigCommerceRoutes.OrderMetafields(orderId)).WithJson(request, Json.CreateMetafieldRequest), Json.V3EnvelopeMetafield, cancellationToken).ConfigureAwait(false);
        return Envelopes.Unwrap(response);
    }

    /// <summary>Updates a metafield.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="metafieldId">The metafield id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Metafield>> UpdateAsync(int orderId, int metafieldId, UpdateMetafieldRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _api.SendAsync(ApiRequest.Put(BigCommerceRoutes.OrderMetafield(orderId, metafieldId)).WithJson(request, Json.UpdateMetafieldRequest), Json.V3EnvelopeMetafield, cancellationToken).ConfigureAwait(false);
        return Envelopes.Unwrap(response);
    }

    /// <summary>Deletes a metafield.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="metafieldId">The metafield id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> DeleteAsync(int orderId, int metafieldId, CancellationToken cancellationToken = default)
        => _api.SendAsync(ApiRequest.Delete(BigCommerceRoutes.OrderMetafield(orderId, metafieldId)), cancellationToken);
}
