using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>A product line on an order (<c>/v2/orders/{id}/products</c>). Its <see cref="Id"/> is what shipments and refunds refer to.</summary>
public sealed class OrderProduct
{
    /// <summary>The line id (order product id).</summary>
    public int Id { get; set; }

    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The catalog product id; 0 for a custom product.</summary>
    public int ProductId { get; set; }

    /// <summary>The catalog variant id.</summary>
    public int VariantId { get; set; }

    /// <summary>The shipping address this line ships to.</summary>
    public int OrderAddressId { get; set; }

    /// <summary>The product name.</summary>
    public string? Name { get; set; }

    /// <summary>The SKU.</summary>
    public string? Sku { get; set; }

    /// <summary><c>physical</c>, <c>digital</c> or <c>giftcertificate</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Unit price excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal PriceExTax { get; set; }

    /// <summary>Unit price including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal PriceIncTax { get; set; }

    /// <summary>Line total excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalExTax { get; set; }

    /// <summary>Line total including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalIncTax { get; set; }

    /// <summary>Quantity ordered.</summary>
    public int Quantity { get; set; }

    /// <summary>Quantity shipped.</summary>
    public int QuantityShipped { get; set; }

    /// <summary>Quantity refunded.</summary>
    public int QuantityRefunded { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A shipping address of an order (<c>/v2/orders/{id}/shipping_addresses</c>).</summary>
public sealed class OrderShippingAddress
{
    /// <summary>The address id (use as <c>order_address_id</c> in shipments).</summary>
    public int Id { get; set; }

    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    public string? LastName { get; set; }

    /// <summary>Company.</summary>
    public string? Company { get; set; }

    /// <summary>Street, first line.</summary>
    [JsonPropertyName("street_1")]
    public string? Street1 { get; set; }

    /// <summary>Street, second line.</summary>
    [JsonPropertyName("street_2")]
    public string? Street2 { get; set; }

    /// <summary>City.</summary>
    public string? City { get; set; }

    /// <summary>State.</summary>
    public string? State { get; set; }

    /// <summary>Postal code.</summary>
    public string? Zip { get; set; }

    /// <summary>Country.</summary>
    public string? Country { get; set; }

    /// <summary>ISO country code.</summary>
    [JsonPropertyName("country_iso2")]
    public string? CountryIso2 { get; set; }

    /// <summary>Email.</summary>
    public string? Email { get; set; }

    /// <summary>
    /// The checkout's custom form fields (<c>form_fields</c>, the spec's <c>formFields</c>), as read from a response
    /// (the create-order address documents none, so callers do not set them).
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<OrderFormField>? FormFields { get; internal init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; set; }

    /// <summary>Items to ship to this address.</summary>
    public int ItemsTotal { get; set; }

    /// <summary>Items shipped to this address.</summary>
    public int ItemsShipped { get; set; }

    /// <summary>The shipping method's name.</summary>
    public string? ShippingMethod { get; set; }

    /// <summary>Shipping cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CostIncTax { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A message on an order (<c>/v2/orders/{id}/messages</c>).</summary>
public sealed class OrderMessage
{
    /// <summary>The message id.</summary>
    public int Id { get; set; }

    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The staff member who wrote it, for merchant messages.</summary>
    public int? StaffId { get; set; }

    /// <summary><c>customer</c> or <c>order</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Subject.</summary>
    public string? Subject { get; set; }

    /// <summary>Text.</summary>
    public string? Message { get; set; }

    /// <summary><c>read</c> or <c>unread</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Whether it is flagged.</summary>
    public bool IsFlagged { get; set; }

    /// <summary>When it was written.</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>Every field this model does not type (e.g. <c>customer</c>), kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A coupon applied to an order (<c>/v2/orders/{id}/coupons</c>).</summary>
public sealed class OrderCoupon
{
    /// <summary>The id of this applied coupon.</summary>
    public int Id { get; set; }

    /// <summary>The coupon id.</summary>
    public int CouponId { get; set; }

    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The code.</summary>
    public string? Code { get; set; }

    /// <summary>The coupon's value (amount or percent, by <see cref="Type"/>).</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Amount { get; set; }

    /// <summary>0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping, 5 promotion.</summary>
    public int Type { get; set; }

    /// <summary>The discount the coupon gave on this order.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Discount { get; set; }
}

/// <summary>One row of the order status table (<c>/v2/order_statuses</c>).</summary>
public sealed class OrderStatusInfo
{
    /// <summary>The status id.</summary>
    public int Id { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>The system label.</summary>
    public string? SystemLabel { get; set; }

    /// <summary>The merchant's label.</summary>
    public string? CustomLabel { get; set; }

    /// <summary>The system description.</summary>
    public string? SystemDescription { get; set; }

    /// <summary>Display order; <c>order</c> in the status table.</summary>
    public int Order { get; set; }

    /// <summary>Display order as the count endpoint reports it (<c>sort_order</c>).</summary>
    public int? SortOrder { get; set; }

    /// <summary>Orders in this status; only set by the count endpoint.</summary>
    public int? Count { get; set; }
}

/// <summary>The result of <c>GET /v2/orders/count</c>.</summary>
public sealed class OrderCount
{
    /// <summary>Count per status.</summary>
    public IReadOnlyList<OrderStatusInfo> Statuses { get; set; } = [];

    /// <summary>Total number of matching orders.</summary>
    public int Count { get; set; }
}
