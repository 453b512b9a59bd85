using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>A product line on an order (<c>/v2/orders/{id}/products</c>). Its <see cref="Id"/> is what shipments and refunds refer to.</summary>
public sealed class OrderProduct
{
    /// <summary>The line id (order product id).</summary>
    public int Id { get; init; }

    /// <summary>The order id.</summary>
    public int OrderId { get; init; }

    /// <summary>The catalog product id; 0 for a custom product.</summary>
    public int ProductId { get; init; }

    /// <summary>The catalog variant id.</summary>
    public int VariantId { get; init; }

    /// <summary>The shipping address this line ships to.</summary>
    public int OrderAddressId { get; init; }

    /// <summary>The product name.</summary>
    public string? Name { get; init; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; init; }

    /// <summary><c>physical</c>, <c>digital</c> or <c>giftcertificate</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Unit price excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal PriceExTax { get; init; }

    /// <summary>Unit price including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal PriceIncTax { get; init; }

    /// <summary>Line total excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalExTax { get; init; }

    /// <summary>Line total including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalIncTax { get; init; }

    /// <summary>Quantity ordered.</summary>
    public int Quantity { get; init; }

    /// <summary>Quantity shipped.</summary>
    public int QuantityShipped { get; init; }

    /// <summary>Quantity refunded.</summary>
    public int QuantityRefunded { get; init; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A shipping address of an order (<c>/v2/orders/{id}/shipping_addresses</c>).</summary>
public sealed class OrderShippingAddress
{
    /// <summary>The address id (use as <c>order_address_id</c> in shipments).</summary>
    public int Id { get; init; }

    /// <summary>The order id.</summary>
    public int OrderId { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Company.</summary>
    public string? Company { get; init; }

    /// <summary>Street, first line.</summary>
    [JsonPropertyName("street_1")]
    public string? Street1 { get; init; }

    /// <summary>Street, second line.</summary>
    [JsonPropertyName("street_2")]
    public string? Street2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State.</summary>
    public string? State { get; init; }

    /// <summary>Postal code.</summary>
    public string? Zip { get; init; }

    /// <summary>Country.</summary>
    public string? Country { get; init; }

    /// <summary>ISO country code.</summary>
    [JsonPropertyName("country_iso2")]
    public string? CountryIso2 { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>
    /// The checkout's custom form fields (<c>form_fields</c>, the spec's <c>formFields</c>), as read from a response
    /// (the create-order address documents none, so callers do not set them).
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<OrderFormField>? FormFields { get; internal init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Items to ship to this address.</summary>
    public int ItemsTotal { get; init; }

    /// <summary>Items shipped to this address.</summary>
    public int ItemsShipped { get; init; }

    /// <summary>The shipping method's name.</summary>
    public string? ShippingMethod { get; init; }

    /// <summary>Shipping cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CostIncTax { get; init; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A message on an order (<c>/v2/orders/{id}/messages</c>).</summary>
public sealed class OrderMessage
{
    /// <summary>The message id.</summary>
    public int Id { get; init; }

    /// <summary>The order id.</summary>
    public int OrderId { get; init; }

    /// <summary>The customer id.</summary>
    public int CustomerId { get; init; }

    /// <summary>The staff member who wrote it, for merchant messages.</summary>
    public int? StaffId { get; init; }

    /// <summary><c>customer</c> or <c>order</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Text.</summary>
    public string? Message { get; init; }

    /// <summary><c>read</c> or <c>unread</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Whether it is flagged.</summary>
    public bool IsFlagged { get; init; }

    /// <summary>When it was written.</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>Every field this model does not type (e.g. <c>customer</c>), kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A coupon applied to an order (<c>/v2/orders/{id}/coupons</c>).</summary>
public sealed class OrderCoupon
{
    /// <summary>The id of this applied coupon.</summary>
    public int Id { get; init; }

    /// <summary>The coupon id.</summary>
    public int CouponId { get; init; }

    /// <summary>The order id.</summary>
    public int OrderId { get; init; }

    /// <summary>The code.</summary>
    public string? Code { get; init; }

    /// <summary>The coupon's value (amount or percent, by <see cref="Type"/>).</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Amount { get; init; }

    /// <summary>0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping, 5 promotion.</summary>
    public int Type { get; init; }

    /// <summary>The discount the coupon gave on this order.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Discount { get; init; }
}

/// <summary>One row of the order status table (<c>/v2/order_statuses</c>).</summary>
public sealed class OrderStatusInfo
{
    /// <summary>The status id.</summary>
    public int Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The system label.</summary>
    public string? SystemLabel { get; init; }

    /// <summary>The merchant's label.</summary>
    public string? CustomLabel { get; init; }

    /// <summary>The system description.</summary>
    public string? SystemDescription { get; init; }

    /// <summary>Display order; <c>order</c> in the status table.</summary>
    public int Order { get; init; }

    /// <summary>Display order as the count endpoint reports it (<c>sort_order</c>).</summary>
    public int? SortOrder { get; init; }

    /// <summary>Orders in this status; only set by the count endpoint.</summary>
    public int? Count { get; init; }
}

/// <summary>The result of <c>GET /v2/orders/count</c>.</summary>
public sealed class OrderCount
{
    /// <summary>Count per status.</summary>
    public IReadOnlyList<OrderStatusInfo> Statuses { get; init; } = [];

    /// <summary>Total number of matching orders.</summary>
    public int Count { get; init; }
}
