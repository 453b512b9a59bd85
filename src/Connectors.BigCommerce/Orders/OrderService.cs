using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>Orders (v2): list, count, get, create, update, archive, and their lines, addresses, messages, coupons.</summary>
public class OrderService
{
    private readonly ApiConnection _api;

    internal OrderService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected OrderService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Lists orders lazily, 250 per page unless a page size is given (<c>GET /v2/orders</c>).</summary>
    /// <param name="query">Filters; null for all orders.</param>
    public virtual AsyncPageable<Order> ListAsync(OrderQuery? query = null)
        => Lists.V2(_api, () => Filter(ApiRequest.Get(BigCommerceRoutes.Orders), query).WithQuery("sort", query?.Sort), OrderReader.ListInfo);

    /// <summary>Counts orders per status (<c>GET /v2/orders/count</c>).</summary>
    /// <param name="query">Filters; <see cref="OrderQuery.Sort"/> is ignored.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<OrderCount>> CountAsync(OrderQuery? query = null, CancellationToken cancellationToken = default)
        => _api.SendAsync(Filter(ApiRequest.Get(BigCommerceRoutes.OrdersCount), query), Json.OrderCount, cancellationToken);

    /// <summary>Gets an order (<c>GET /v2/orders/{id}</c>).</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No such order.</exception>
    public virtual Task<Response<Order>> GetAsync(int orderId, CancellationToken cancellationToken = default)
        => _api.SendAsync(ApiRequest.Get(BigCommerceRoutes.Order(orderId)), OrderReader.Info, cancellationToken);

    /// <summary>Fetches the full order a webhook delivery is about (deliveries carry ids only).</summary>
    /// <param name="webhookEvent">An order or shipment event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The event is not about an order.</exception>
    public virtual Task<Response<Order>> GetAsync(BigCommerceWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        var orderId = webhookEvent.OrderId
            ?? throw new ArgumentException($"The webhook event '{webhookEvent.Scope}' does not refer to an order.", nameof(webhookEvent));
        return GetAsync(orderId, cancellationToken);
    }

    /// <summary>Creates an order (<c>POST /v2/orders</c>). Not idempotent: never retried after it may have reached the store.</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<Order>> CreateAsync(CreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _api.SendAsync(ApiRequest.Post(BigCommerceRoutes.Orders).WithJson(request, Json.CreateOrderRequest), OrderReader.Info, cancellationToken);
    }

    /// <summary>Updates an order: status, staff notes, customer message (<c>PUT /v2/orders/{id}</c>).</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<Order>> UpdateAsync(int orderId, UpdateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _api.SendAsync(ApiRequest.Put(BigCommerceRoutes.Order(orderId)).WithJson(request, Json.UpdateOrderRequest), OrderReader.Info, cancellationToken);
    }

    /// <summary>Moves an order to a status.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<Order>> SetStatusAsync(int orderId, OrderStatus status, CancellationToken cancellationToken = default)
        => UpdateAsync(orderId, new UpdateOrderRequest { Status = status }, cancellationToken);

    /// <summary>Archives an order (<c>DELETE /v2/orders/{id}</c>).</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> ArchiveAsync(int orderId, CancellationToken cancellationToken = default)
        => _api.SendAsync(ApiRequest.Delete(BigCommerceRoutes.Order(orderId)), cancellationToken);

    /// <summary>Lists the product lines of an order.</summary>
    /// <param name="orderId">The order id.</param>
    public virtual AsyncPageable<OrderProduct> ListProductsAsync(int orderId)
        => Lists.V2(_api, () => ApiRequest.Get(BigCommerceRoutes.OrderProducts(orderId)), Json.ListOrderProduct);

    /// <summary>Lists the shipping addresses of an order.</summary>
    /// <param name="orderId">The order id.</param>
    public virtual AsyncPageable<OrderShippingAddress> ListShippingAddressesAsync(int orderId)
        => Lists.V2(_api, () => ApiRequest.Get(BigCommerceRoutes.OrderShippingAddresses(orderId)), Json.ListOrderShippingAddress);

    /// <summary>Lists the messages of an order.</summary>
    /// <param name="orderId">The order id.</param>
    public virtual AsyncPageable<OrderMessage> ListMessagesAsync(int orderId)
        => Lists.V2(_api, () => ApiRequest.Get(BigCommerceRoutes.OrderMessages(orderId)), Json.ListOrderMessage);

    /// <summary>Lists the coupons applied to an order.</summary>
    /// <param name="orderId">The order id.</param>
    public virtual AsyncPageable<OrderCoupon> ListCouponsAsync(int orderId)
        => Lists.V2(_api, () => ApiRequest.Get(BigCommerceRoutes.OrderCoupons(orderId)), Json.ListOrderCoupon);

    /// <summary>Gets the store's order status table, with the merchant's labels (<c>GET /v2/order_statuses</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<List<OrderStatusInfo>>> ListStatusesAsync(CancellationToken cancellationToken = default)
        => _api.SendAsync(ApiRequest.Get(BigCommerceRoutes.OrderStatuses), Json.ListOrderStatusInfo, cancellationToken);

    private static ApiRequest Filter(ApiRequest request, OrderQuery? query)
    {
        if (query is null)
        {
            return request;
        }

        return request
            .WithQuery("status_id", query.Status?.Id)
            .WithQuery("customer_id", query.CustomerId)
            .WithQuery("email", query.Email)
            .WithQuery("min_id", query.MinId)
            .WithQuery("max_id", query.MaxId)
            .WithQuery("min_date_created", Rfc2822(query.MinDateCreated))
            .WithQuery("max_date_created", Rfc2822(query.MaxDateCreated))
            .WithQuery("min_date_modified", Rfc2822(query.MinDateModified))
            .WithQuery("max_date_modified", Rfc2822(query.MaxDateModified));
    }

    private static string? Rfc2822(DateTimeOffset? value)
        => value is null ? null : Core.Json.Rfc2822DateTimeOffsetConverter.Format(value.Value);
}
