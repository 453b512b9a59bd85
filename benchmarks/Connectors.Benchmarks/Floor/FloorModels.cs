using System.Text.Json.Serialization;

namespace Connectors.Benchmarks.Floor;

// The floor's plain types: the 72 fields of the spec's example order, as they are on the wire (dates and money as
// strings), no converters, no extension data. Generated from bigcommerce-order.json.
#pragma warning disable CS1591

public sealed record FloorOrder
{
    public int Id { get; init; }
    public int CustomerId { get; init; }
    public string? DateCreated { get; init; }
    public string? DateModified { get; init; }
    public string? DateShipped { get; init; }
    public int StatusId { get; init; }
    public string? Status { get; init; }
    public string? SubtotalExTax { get; init; }
    public string? SubtotalIncTax { get; init; }
    public string? SubtotalTax { get; init; }
    public string? BaseShippingCost { get; init; }
    public string? ShippingCostExTax { get; init; }
    public string? ShippingCostIncTax { get; init; }
    public string? ShippingCostTax { get; init; }
    public int ShippingCostTaxClassId { get; init; }
    public string? BaseHandlingCost { get; init; }
    public string? HandlingCostExTax { get; init; }
    public string? HandlingCostIncTax { get; init; }
    public string? HandlingCostTax { get; init; }
    public int HandlingCostTaxClassId { get; init; }
    public string? BaseWrappingCost { get; init; }
    public string? WrappingCostExTax { get; init; }
    public string? WrappingCostIncTax { get; init; }
    public string? WrappingCostTax { get; init; }
    public int WrappingCostTaxClassId { get; init; }
    public string? TotalExTax { get; init; }
    public string? TotalIncTax { get; init; }
    public string? TotalTax { get; init; }
    public bool IsTaxInclusivePricing { get; init; }
    public int ItemsTotal { get; init; }
    public int ItemsShipped { get; init; }
    public string? PaymentMethod { get; init; }
    public string? PaymentProviderId { get; init; }
    public string? PaymentStatus { get; init; }
    public string? RefundedAmount { get; init; }
    public bool OrderIsDigital { get; init; }
    public string? StoreCreditAmount { get; init; }
    public string? GiftCertificateAmount { get; init; }
    public string? IpAddress { get; init; }
    public string? IpAddressV6 { get; init; }
    public string? GeoipCountry { get; init; }
    public string? GeoipCountryIso2 { get; init; }
    public int CurrencyId { get; init; }
    public string? CurrencyCode { get; init; }
    public string? CurrencyExchangeRate { get; init; }
    public int DefaultCurrencyId { get; init; }
    public string? DefaultCurrencyCode { get; init; }
    public string? StaffNotes { get; init; }
    public string? CustomerMessage { get; init; }
    public string? DiscountAmount { get; init; }
    public string? CouponDiscount { get; init; }
    public int ShippingAddressCount { get; init; }
    public string? EbayOrderId { get; init; }
    public string? CartId { get; init; }
    public FloorAddress? BillingAddress { get; init; }
    public bool IsEmailOptIn { get; init; }
    public string? CreditCardType { get; init; }
    public string? OrderSource { get; init; }
    public int ChannelId { get; init; }
    public string? ExternalSource { get; init; }
    public FloorLink? Products { get; init; }
    public FloorLink? ShippingAddresses { get; init; }
    public FloorLink? Coupons { get; init; }
    public string? ExternalId { get; init; }
    public string? ExternalMerchantId { get; init; }
    public string? TaxProviderId { get; init; }
    public string? StoreDefaultCurrencyCode { get; init; }
    public string? StoreDefaultToTransactionalExchangeRate { get; init; }
    public string? CustomStatus { get; init; }
    public string? CustomerLocale { get; init; }
    public string? ExternalOrderId { get; init; }
    public List<FloorFee>? Fees { get; init; }
}

public sealed record FloorAddress
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Company { get; init; }
    [JsonPropertyName("street_1")]
    public string? Street1 { get; init; }
    [JsonPropertyName("street_2")]
    public string? Street2 { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Zip { get; init; }
    public string? Country { get; init; }
    public string? CountryIso2 { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public List<FloorFormField>? FormFields { get; init; }
}

public sealed record FloorFormField
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}

public sealed record FloorLink
{
    public string? Url { get; init; }

    public string? Resource { get; init; }
}

public sealed record FloorFee
{
    public int Id { get; init; }
    public string? Type { get; init; }
    public string? DisplayNameCustomer { get; init; }
    public string? DisplayNameMerchant { get; init; }
    public string? Source { get; init; }
    public string? BaseCost { get; init; }
    public string? CostExcTax { get; init; }
    public string? CostIncTax { get; init; }
    public string? CostTax { get; init; }
    public int? TaxClassId { get; init; }
    public string? CostExTax { get; init; }
}

public sealed record FloorTiny(int Id);

[JsonSerializable(typeof(FloorOrder))]
[JsonSerializable(typeof(List<FloorOrder>))]
[JsonSerializable(typeof(FloorTiny))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
public sealed partial class FloorJsonContext : JsonSerializerContext;
