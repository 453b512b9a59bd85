using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>A v2 order. Money is <see cref="decimal"/> (sent as strings), dates are RFC 2822 on the wire.</summary>
public sealed class Order
{
    /// <summary>The order id.</summary>
    public int Id { get; set; }

    /// <summary>The customer id; 0 for a guest.</summary>
    public int CustomerId { get; set; }

    /// <summary>When the order was created.</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>When the order was last changed.</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateModified { get; set; }

    /// <summary>When the order shipped; null when it has not (the API sends an empty string).</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateShipped { get; set; }

    /// <summary>The status id; unknown ids are kept.</summary>
    [JsonPropertyName("status_id")]
    public OrderStatus Status { get; set; }

    /// <summary>The status name the API reports.</summary>
    [JsonPropertyName("status")]
    public string? StatusName { get; set; }

    /// <summary>The merchant's custom label for the status.</summary>
    public string? CustomStatus { get; set; }

    /// <summary>Subtotal excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal SubtotalExTax { get; set; }

    /// <summary>Subtotal including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal SubtotalIncTax { get; set; }

    /// <summary>Tax on the subtotal.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal SubtotalTax { get; set; }

    /// <summary>Shipping cost before tax adjustments.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseShippingCost { get; set; }

    /// <summary>Shipping cost excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ShippingCostExTax { get; set; }

    /// <summary>Shipping cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ShippingCostIncTax { get; set; }

    /// <summary>Total excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalExTax { get; set; }

    /// <summary>Total including tax: what the customer pays.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalIncTax { get; set; }

    /// <summary>Total tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalTax { get; set; }

    /// <summary>Number of items ordered.</summary>
    public int ItemsTotal { get; set; }

    /// <summary>Number of items shipped.</summary>
    public int ItemsShipped { get; set; }

    /// <summary>The payment method's display name.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>
    /// <c>credit_card_type</c>: the spec gives no type (its examples send <c>null</c> and <c>{}</c>), so it is kept as
    /// sent; <see langword="null"/> when absent or null.
    /// </summary>
    public JsonElement? CreditCardType { get; set; }

    /// <summary>The payment provider id; the API sends a string or a number (kept as its text).</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? PaymentProviderId { get; set; }

    /// <summary>The payment status, e.g. <c>authorized</c>, <c>captured</c>, <c>declined</c>, <c>refunded</c>.</summary>
    public string? PaymentStatus { get; set; }

    /// <summary>Tax on shipping.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal ShippingCostTax { get; set; }

    /// <summary>Handling cost before tax adjustments.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseHandlingCost { get; set; }

    /// <summary>Handling cost excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HandlingCostExTax { get; set; }

    /// <summary>Handling cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HandlingCostIncTax { get; set; }

    /// <summary>Tax on handling.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal HandlingCostTax { get; set; }

    /// <summary>Gift-wrapping cost before tax adjustments.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseWrappingCost { get; set; }

    /// <summary>Gift-wrapping cost excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal WrappingCostExTax { get; set; }

    /// <summary>Gift-wrapping cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal WrappingCostIncTax { get; set; }

    /// <summary>Tax on gift wrapping.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal WrappingCostTax { get; set; }

    /// <summary>Paid with store credit.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal StoreCreditAmount { get; set; }

    /// <summary>Paid with gift certificates.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal GiftCertificateAmount { get; set; }

    /// <summary>The exchange rate from the store's default currency to the order's.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CurrencyExchangeRate { get; set; }

    /// <summary>Whether the prices include tax.</summary>
    public bool IsTaxInclusivePricing { get; set; }

    /// <summary>The store's default currency (ISO 4217).</summary>
    public string? DefaultCurrencyCode { get; set; }

    /// <summary>Fees on the order (v2 sends the list, or a link to <c>/orders/{id}/fees</c>).</summary>
    public OrderFees? Fees { get; set; }

    /// <summary>Amount refunded so far.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal RefundedAmount { get; set; }

    /// <summary>Discount amount.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal DiscountAmount { get; set; }

    /// <summary>Coupon discount.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CouponDiscount { get; set; }

    /// <summary>The ISO 4217 currency the shopper paid in.</summary>
    public string? CurrencyCode { get; set; }

    /// <summary>Internal notes; never shown to the customer.</summary>
    public string? StaffNotes { get; set; }

    /// <summary>The message shown to the customer.</summary>
    public string? CustomerMessage { get; set; }

    /// <summary>Number of shipping addresses.</summary>
    public int ShippingAddressCount { get; set; }

    /// <summary>Whether the order is archived.</summary>
    public bool IsDeleted { get; set; }

    /// <summary>The billing address.</summary>
    public OrderAddress? BillingAddress { get; set; }

    /// <summary>Where the order came from, e.g. <c>www</c>, <c>manual</c>, <c>external</c>.</summary>
    public string? OrderSource { get; set; }

    /// <summary>The sales channel id.</summary>
    public int ChannelId { get; set; }

    /// <summary>The external source (app id, <c>POS</c>, …).</summary>
    public string? ExternalSource { get; set; }

    /// <summary>The order id in another system.</summary>
    public string? ExternalOrderId { get; set; }

    /// <summary>The customer's locale.</summary>
    public string? CustomerLocale { get; set; }

    /// <summary>The tax class of shipping.</summary>
    public int ShippingCostTaxClassId { get; set; }

    /// <summary>The tax class of handling.</summary>
    public int HandlingCostTaxClassId { get; set; }

    /// <summary>The tax class of gift wrapping.</summary>
    public int WrappingCostTaxClassId { get; set; }

    /// <summary>Whether every item of the order is digital.</summary>
    public bool OrderIsDigital { get; set; }

    /// <summary>The customer's IPv4 address.</summary>
    public string? IpAddress { get; set; }

    /// <summary>The customer's IPv6 address.</summary>
    [JsonPropertyName("ip_address_v6")]
    public string? IpAddressV6 { get; set; }

    /// <summary>The country the customer's IP address is in.</summary>
    public string? GeoipCountry { get; set; }

    /// <summary>The ISO 3166-1 alpha-2 code of <see cref="GeoipCountry"/>.</summary>
    [JsonPropertyName("geoip_country_iso2")]
    public string? GeoipCountryIso2 { get; set; }

    /// <summary>The id of the currency the shopper paid in.</summary>
    public int CurrencyId { get; set; }

    /// <summary>The id of the store's default currency.</summary>
    public int DefaultCurrencyId { get; set; }

    /// <summary>The eBay order id (<c>"0"</c> when the order is not from eBay).</summary>
    public string? EbayOrderId { get; set; }

    /// <summary>The cart the order was placed from.</summary>
    public string? CartId { get; set; }

    /// <summary>Whether the customer opted in to marketing email.</summary>
    public bool IsEmailOptIn { get; set; }

    /// <summary>Link to the order's product lines (<c>/orders/{id}/products</c>).</summary>
    public ResourceLink? Products { get; set; }

    /// <summary>Link to the order's shipping addresses (<c>/orders/{id}/shippingaddresses</c>).</summary>
    public ResourceLink? ShippingAddresses { get; set; }

    /// <summary>Link to the order's coupons (<c>/orders/{id}/coupons</c>).</summary>
    public ResourceLink? Coupons { get; set; }

    /// <summary>An external id (read-only; set by integrations).</summary>
    public string? ExternalId { get; set; }

    /// <summary>The merchant id in an external system.</summary>
    public string? ExternalMerchantId { get; set; }

    /// <summary>The tax provider that computed the taxes, e.g. <c>BasicTaxProvider</c>.</summary>
    public string? TaxProviderId { get; set; }

    /// <summary>The store's default currency at the time of the order.</summary>
    public string? StoreDefaultCurrencyCode { get; set; }

    /// <summary>The exchange rate from the store's default currency to the transactional currency.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal StoreDefaultToTransactionalExchangeRate { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A postal address on an order (billing, shipping, shipment).</summary>
public sealed class OrderAddress
{
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

    /// <summary>State or province.</summary>
    public string? State { get; set; }

    /// <summary>Postal code.</summary>
    public string? Zip { get; set; }

    /// <summary>Country name.</summary>
    public string? Country { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    [JsonPropertyName("country_iso2")]
    public string? CountryIso2 { get; set; }

    /// <summary>Phone.</summary>
    public string? Phone { get; set; }

    /// <summary>Email.</summary>
    public string? Email { get; set; }

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
    public string? Name { get; set; }

    /// <summary>The value as sent (the spec allows a number, a string or an array); <see langword="null"/> when absent.</summary>
    public JsonElement? Value { get; set; }
}

/// <summary>A v2 sub-resource link: <c>{"url": "https://…/v2/orders/1/products", "resource": "/orders/1/products"}</c>.</summary>
public sealed class ResourceLink
{
    /// <summary>The absolute URL.</summary>
    public string? Url { get; set; }

    /// <summary>The path below the API version, e.g. <c>/orders/1/products</c>.</summary>
    public string? Resource { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
