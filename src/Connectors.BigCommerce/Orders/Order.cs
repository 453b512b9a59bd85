using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>A v2 order. Money is <see cref="decimal"/> (sent as strings), dates are RFC 2822 on the wire.</summary>
public sealed class Order
{
    /// <summary>The order id.</summary>
    public int Id { get; init; }

    /// <summary>The customer id; 0 for a guest.</summary>
    public int CustomerId { get; init; }

    /// <summary>When the order was created.</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>When the order was last changed.</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>When the order shipped; null when it has not (the API sends an empty string).</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateShipped { get; init; }

    /// <summary>The status id; unknown ids are kept.</summary>
    [JsonPropertyName("status_id")]
    public OrderStatus Status { get; init; }

    /// <summary>The status name the API reports.</summary>
    [JsonPropertyName("status")]
    public string? StatusName { get; init; }

    /// <summary>The merchant's custom label for the status.</summary>
    public string? CustomStatus { get; init; }

    /// <summary>Subtotal excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal SubtotalExTax { get; init; }

    /// <summary>Subtotal including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal SubtotalIncTax { get; init; }

    /// <summary>Tax on the subtotal.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal SubtotalTax { get; init; }

    /// <summary>Shipping cost before tax adjustments.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseShippingCost { get; init; }

    /// <summary>Shipping cost excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ShippingCostExTax { get; init; }

    /// <summary>Shipping cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ShippingCostIncTax { get; init; }

    /// <summary>Total excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalExTax { get; init; }

    /// <summary>Total including tax: what the customer pays.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalIncTax { get; init; }

    /// <summary>Total tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalTax { get; init; }

    /// <summary>Number of items ordered.</summary>
    public int ItemsTotal { get; init; }

    /// <summary>Number of items shipped.</summary>
    public int ItemsShipped { get; init; }

    /// <summary>The payment method's display name.</summary>
    public string? PaymentMethod { get; init; }

    /// <summary>
    /// <c>credit_card_type</c>: the spec gives no type (its examples send <c>null</c> and <c>{}</c>), so it is kept as
    /// sent; <see langword="null"/> when absent or null.
    /// </summary>
    public JsonElement? CreditCardType { get; init; }

    /// <summary>The payment provider id; the API sends a string or a number (kept as its text).</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? PaymentProviderId { get; init; }

    /// <summary>The payment status, e.g. <c>authorized</c>, <c>captured</c>, <c>declined</c>, <c>refunded</c>.</summary>
    public string? PaymentStatus { get; init; }

    /// <summary>Tax on shipping.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ShippingCostTax { get; init; }

    /// <summary>Handling cost before tax adjustments.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseHandlingCost { get; init; }

    /// <summary>Handling cost excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HandlingCostExTax { get; init; }

    /// <summary>Handling cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HandlingCostIncTax { get; init; }

    /// <summary>Tax on handling.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HandlingCostTax { get; init; }

    /// <summary>Gift-wrapping cost before tax adjustments.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseWrappingCost { get; init; }

    /// <summary>Gift-wrapping cost excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal WrappingCostExTax { get; init; }

    /// <summary>Gift-wrapping cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal WrappingCostIncTax { get; init; }

    /// <summary>Tax on gift wrapping.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal WrappingCostTax { get; init; }

    /// <summary>Paid with store credit.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal StoreCreditAmount { get; init; }

    /// <summary>Paid with gift certificates.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal GiftCertificateAmount { get; init; }

    /// <summary>The exchange rate from the store's default currency to the order's.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CurrencyExchangeRate { get; init; }

    /// <summary>Whether the prices include tax.</summary>
    public bool IsTaxInclusivePricing { get; init; }

    /// <summary>The store's default currency (ISO 4217).</summary>
    public string? DefaultCurrencyCode { get; init; }

    /// <summary>Fees on the order (v2 sends the list, or a link to <c>/orders/{id}/fees</c>).</summary>
    public OrderFees? Fees { get; init; }

    /// <summary>Amount refunded so far.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal RefundedAmount { get; init; }

    /// <summary>Discount amount.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal DiscountAmount { get; init; }

    /// <summary>Coupon discount.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CouponDiscount { get; init; }

    /// <summary>The ISO 4217 currency the shopper paid in.</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>Internal notes; never shown to the customer.</summary>
    public string? StaffNotes { get; init; }

    /// <summary>The message shown to the customer.</summary>
    public string? CustomerMessage { get; init; }

    /// <summary>Number of shipping addresses.</summary>
    public int ShippingAddressCount { get; init; }

    /// <summary>Whether the order is archived.</summary>
    public bool IsDeleted { get; init; }

    /// <summary>The billing address.</summary>
    public OrderAddress? BillingAddress { get; init; }

    /// <summary>Where the order came from, e.g. <c>www</c>, <c>manual</c>, <c>external</c>.</summary>
    public string? OrderSource { get; init; }

    /// <summary>The sales channel id.</summary>
    public int ChannelId { get; init; }

    /// <summary>The external source (app id, <c>POS</c>, …).</summary>
    public string? ExternalSource { get; init; }

    /// <summary>The order id in another system.</summary>
    public string? ExternalOrderId { get; init; }

    /// <summary>The customer's locale.</summary>
    public string? CustomerLocale { get; init; }

    /// <summary>The tax class of shipping.</summary>
    public int ShippingCostTaxClassId { get; init; }

    /// <summary>The tax class of handling.</summary>
    public int HandlingCostTaxClassId { get; init; }

    /// <summary>The tax class of gift wrapping.</summary>
    public int WrappingCostTaxClassId { get; init; }

    /// <summary>Whether every item of the order is digital.</summary>
    public bool OrderIsDigital { get; init; }

    /// <summary>The customer's IPv4 address.</summary>
    public string? IpAddress { get; init; }

    /// <summary>The customer's IPv6 address.</summary>
    [JsonPropertyName("ip_address_v6")]
    public string? IpAddressV6 { get; init; }

    /// <summary>The country the customer's IP address is in.</summary>
    public string? GeoipCountry { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code of <see cref="GeoipCountry"/>.</summary>
    [JsonPropertyName("geoip_country_iso2")]
    public string? GeoipCountryIso2 { get; init; }

    /// <summary>The id of the currency the shopper paid in.</summary>
    public int CurrencyId { get; init; }

    /// <summary>The id of the store's default currency.</summary>
    public int DefaultCurrencyId { get; init; }

    /// <summary>The eBay order id (<c>"0"</c> when the order is not from eBay).</summary>
    public string? EbayOrderId { get; init; }

    /// <summary>The cart the order was placed from.</summary>
    public string? CartId { get; init; }

    /// <summary>Whether the customer opted in to marketing email.</summary>
    public bool IsEmailOptIn { get; init; }

    /// <summary>Link to the order's product lines (<c>/orders/{id}/products</c>).</summary>
    public ResourceLink? Products { get; init; }

    /// <summary>Link to the order's shipping addresses (<c>/orders/{id}/shippingaddresses</c>).</summary>
    public ResourceLink? ShippingAddresses { get; init; }

    /// <summary>Link to the order's coupons (<c>/orders/{id}/coupons</c>).</summary>
    public ResourceLink? Coupons { get; init; }

    /// <summary>An external id (read-only; set by integrations).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The merchant id in an external system.</summary>
    public string? ExternalMerchantId { get; init; }

    /// <summary>The tax provider that computed the taxes, e.g. <c>BasicTaxProvider</c>.</summary>
    public string? TaxProviderId { get; init; }

    /// <summary>The store's default currency at the time of the order.</summary>
    public string? StoreDefaultCurrencyCode { get; init; }

    /// <summary>The exchange rate from the store's default currency to the transactional currency.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal StoreDefaultToTransactionalExchangeRate { get; init; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A postal address on an order (billing, shipping, shipment).</summary>
public sealed class OrderAddress
{
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

    /// <summary>State or province.</summary>
    public string? State { get; init; }

    /// <summary>Postal code.</summary>
    public string? Zip { get; init; }

    /// <summary>Country name.</summary>
    public string? Country { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    [JsonPropertyName("country_iso2")]
    public string? CountryIso2 { get; init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>
    /// The checkout's custom form fields (<c>form_fields</c>, the spec's <c>formFields</c>), as read from a response
    /// (the create-order address documents none, so callers do not set them).
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<OrderFormField>? FormFields { get; internal init; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A custom checkout form field on an address (the spec's <c>formFields</c>).</summary>
public sealed class OrderFormField
{
    /// <summary>The field's name, e.g. <c>Delivery Instructions</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The value as sent (the spec allows a number, a string or an array); <see langword="null"/> when absent.</summary>
    public JsonElement? Value { get; init; }
}

/// <summary>A v2 sub-resource link: <c>{"url": "https://…/v2/orders/1/products", "resource": "/orders/1/products"}</c>.</summary>
public sealed class ResourceLink
{
    /// <summary>The absolute URL.</summary>
    public string? Url { get; init; }

    /// <summary>The path below the API version, e.g. <c>/orders/1/products</c>.</summary>
    public string? Resource { get; init; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
