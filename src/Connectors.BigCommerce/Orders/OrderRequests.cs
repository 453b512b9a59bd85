using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>Filters for listing and counting orders. Every filter is optional.</summary>
public sealed class OrderQuery
{
    /// <summary>Only orders in this status.</summary>
    public OrderStatus? Status { get; set; }

    /// <summary>Only orders of this customer.</summary>
    public int? CustomerId { get; set; }

    /// <summary>Only orders with this billing email.</summary>
    public string? Email { get; set; }

    /// <summary>Lowest order id.</summary>
    public int? MinId { get; set; }

    /// <summary>Highest order id.</summary>
    public int? MaxId { get; set; }

    /// <summary>Created at or after.</summary>
    public DateTimeOffset? MinDateCreated { get; set; }

    /// <summary>Created at or before.</summary>
    public DateTimeOffset? MaxDateCreated { get; set; }

    /// <summary>Modified at or after (the poll checkpoint).</summary>
    public DateTimeOffset? MinDateModified { get; set; }

    /// <summary>Modified at or before.</summary>
    public DateTimeOffset? MaxDateModified { get; set; }

    /// <summary>Sort field and direction, e.g. <c>date_modified:asc</c>; the API default is by id ascending.</summary>
    public string? Sort { get; set; }
}

/// <summary>The body of <c>POST /v2/orders</c>.</summary>
public sealed class CreateOrderRequest
{
    /// <summary>The customer id; 0 for a guest.</summary>
    public int? CustomerId { get; set; }

    /// <summary>The initial status.</summary>
    [JsonPropertyName("status_id")]
    public OrderStatus? Status { get; set; }

    /// <summary>The billing address (required).</summary>
    public OrderAddress? BillingAddress { get; set; }

    /// <summary>Shipping addresses; the billing address is used when empty.</summary>
    public IList<OrderAddress>? ShippingAddresses { get; set; }

    /// <summary>The lines (required).</summary>
    public IList<CreateOrderProduct> Products { get; set; } = [];

    /// <summary>Staff notes.</summary>
    public string? StaffNotes { get; set; }

    /// <summary>Message to the customer.</summary>
    public string? CustomerMessage { get; set; }

    /// <summary>Payment method name.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>The app or system creating the order.</summary>
    public string? ExternalSource { get; set; }

    /// <summary>The order's id in another system.</summary>
    public string? ExternalOrderId { get; set; }
}

/// <summary>A line of a new order: a catalog product (<see cref="ProductId"/>) or a custom one (<see cref="Name"/> and prices).</summary>
public sealed class CreateOrderProduct
{
    /// <summary>The catalog product id.</summary>
    public int? ProductId { get; set; }

    /// <summary>The catalog variant id.</summary>
    public int? VariantId { get; set; }

    /// <summary>Name of a custom product.</summary>
    public string? Name { get; set; }

    /// <summary>SKU of a custom product.</summary>
    public string? Sku { get; set; }

    /// <summary>Quantity.</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>Unit price excluding tax (a JSON number, as the spec says).</summary>
    public decimal? PriceExTax { get; set; }

    /// <summary>Unit price including tax (a JSON number, as the spec says).</summary>
    public decimal? PriceIncTax { get; set; }
}

/// <summary>The body of <c>PUT /v2/orders/{id}</c>: only the fields set are sent.</summary>
public sealed class UpdateOrderRequest
{
    /// <summary>The new status.</summary>
    [JsonPropertyName("status_id")]
    public OrderStatus? Status { get; set; }

    /// <summary>Replaces the staff notes (internal, never shown to the customer).</summary>
    public string? StaffNotes { get; set; }

    /// <summary>Replaces the message shown to the customer.</summary>
    public string? CustomerMessage { get; set; }

    /// <summary>Replaces the payment method name.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>Sets the order's id in another system.</summary>
    public string? ExternalOrderId { get; set; }
}
