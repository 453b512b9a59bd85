namespace Connectors.BigCommerce;

/// <summary>Builds output models for users' own tests and mocks (every model is also constructible with initializers).</summary>
public static class BigCommerceModelFactory
{
    /// <summary>An order.</summary>
    /// <param name="id">The order id.</param>
    /// <param name="status">The status.</param>
    /// <param name="totalIncTax">The total.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="dateModified">Last change.</param>
    /// <param name="billingEmail">The billing email.</param>
    public static Order Order(int id, OrderStatus status, decimal totalIncTax = 0m, int customerId = 0, DateTimeOffset? dateModified = null, string? billingEmail = null)
        => new()
        {
            Id = id,
            Status = status,
            StatusName = status.Name,
            TotalIncTax = totalIncTax,
            CustomerId = customerId,
            DateCreated = dateModified,
            DateModified = dateModified,
            BillingAddress = billingEmail is null ? null : new OrderAddress { Email = billingEmail },
        };

    /// <summary>A product.</summary>
    /// <param name="id">The product id.</param>
    /// <param name="sku">The SKU.</param>
    /// <param name="price">The price.</param>
    /// <param name="inventoryLevel">Stock.</param>
    /// <param name="availability">Availability; default available.</param>
    public static Product Product(int id, string sku, decimal price, int inventoryLevel = 0, ProductAvailability? availability = null)
        => new() { Id = id, Sku = sku, Name = sku, Price = price, CalculatedPrice = price, InventoryLevel = inventoryLevel, Availability = availability ?? ProductAvailability.Available, IsVisible = true };

    /// <summary>A customer.</summary>
    /// <param name="id">The customer id.</param>
    /// <param name="email">The email.</param>
    /// <param name="customerGroupId">The group.</param>
    public static Customer Customer(int id, string email, int customerGroupId = 0)
        => new() { Id = id, Email = email, CustomerGroupId = customerGroupId };

    /// <summary>A shipment.</summary>
    /// <param name="id">The shipment id.</param>
    /// <param name="orderId">The order id.</param>
    /// <param name="trackingNumber">Tracking number.</param>
    /// <param name="shippingProvider">Provider.</param>
    public static Shipment Shipment(int id, int orderId, string trackingNumber, string shippingProvider = "")
        => new() { Id = id, OrderId = orderId, TrackingNumber = trackingNumber, ShippingProvider = shippingProvider };

    /// <summary>A webhook event about a resource.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="type">The data type, e.g. <c>order</c>.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="storeHash">The store hash.</param>
    /// <param name="createdAt">When it happened.</param>
    public static BigCommerceWebhookEvent WebhookEvent(string scope, string type, int id, string storeHash = "store", DateTimeOffset? createdAt = null)
        => new()
        {
            Scope = scope,
            StoreId = "1",
            Producer = "stores/" + storeHash,
            CreatedAt = (createdAt ?? DateTimeOffset.UnixEpoch).ToUnixTimeSeconds(),
            Data = new WebhookEventData { Type = type, Id = id },
        };
}
