using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>
/// Reads a v2 <see cref="Order"/> in one pass: each property name matched on its UTF-8 bytes and its value set
/// directly, the money, date, status, fee and provider values through the converters the model declares. Hand-written
/// because an order is read on every call about one and the generated reader's per-property dispatch (a metadata
/// lookup, a converter call and a setter delegate for each of 72 fields) costs more than the HTTP stack around it
/// (docs/performance.md, issue 21). Only reads: <see cref="Info"/> and <see cref="ListInfo"/> are passed where
/// orders are read, and writes keep the generated writer.
/// Whatever this reader does not expect (a property name longer than 64 bytes, a number sent as a string, a null where a number
/// belongs, a value a converter refuses) makes it start the order over on the generated reader
/// (<c>BigCommerceJsonContext.Order</c>), so every result and every error is the generated reader's; the tests check
/// that both read the spec's examples and their variants the same.
/// </summary>
internal sealed class OrderReader : JsonConverter<Order>
{
    private static readonly DecimalStringConverter Money = new();
    private static readonly Rfc2822DateTimeOffsetConverter Date = new();
    private static readonly StringOrNumberConverter StringOrNumber = new();
    private static readonly OrderStatusConverter Status = new();
    private static readonly OrderFeesConverter Fees = new();

    /// <summary>The order's type info for reads: this reader, over the generated context's options.</summary>
    public static JsonTypeInfo<Order> Info { get; } = JsonMetadataServices.CreateValueInfo<Order>(Json.Options, new OrderReader());

    /// <summary>A page of orders for reads: a list whose items this reader reads.</summary>
    public static JsonTypeInfo<List<Order>> ListInfo { get; } = JsonMetadataServices.CreateListInfo<List<Order>, Order>(
        Json.Options,
        new JsonCollectionInfoValues<List<Order>> { ObjectCreator = static () => [], ElementInfo = Info });

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    public override Order? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var start = reader;
        try
        {
            if (TryRead(ref reader, options, out var order))
            {
                return order;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            // the generated reader reads it again and reports the error as it always has
        }

        reader = start;
        return JsonSerializer.Deserialize(ref reader, Json.Order);
    }

    public override void Write(Utf8JsonWriter writer, Order value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, Json.Order);

    /// <summary>The one-pass read; <c>false</c> as soon as something is not what it expects.</summary>
    internal static bool TryRead(ref Utf8JsonReader reader, JsonSerializerOptions options, out Order order)
    {
        order = new Order();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Span<byte> unescaped = stackalloc byte[64];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            scoped ReadOnlySpan<byte> name;
            if (reader.HasValueSequence || reader.ValueSpan.Length > unescaped.Length)
            {
                return false;
            }
            else if (reader.ValueIsEscaped)
            {
                name = unescaped[..reader.CopyString(unescaped)];
            }
            else
            {
                name = reader.ValueSpan;
            }

            if (!reader.Read() || !Property(ref reader, name, order, options))
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool Property(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, Order order, JsonSerializerOptions options)
    {
        switch (name.Length)
        {
            case 2:
                if (name.SequenceEqual("id"u8))
                {
                    if (!Int(ref reader, out var id))
                    {
                        return false;
                    }

                    order.Id = id;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 4:
                if (name.SequenceEqual("fees"u8))
                {
                    order.Fees = reader.TokenType == JsonTokenType.Null ? null : Fees.Read(ref reader, typeof(OrderFees), options);
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 6:
                if (name.SequenceEqual("status"u8))
                {
                    if (!Text(ref reader, out var statusName))
                    {
                        return false;
                    }

                    order.StatusName = statusName;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 7:
                if (name.SequenceEqual("cart_id"u8))
                {
                    if (!Text(ref reader, out var cartId))
                    {
                        return false;
                    }

                    order.CartId = cartId;
                }
                else if (name.SequenceEqual("coupons"u8))
                {
                    if (!Link(ref reader, out var coupons))
                    {
                        return false;
                    }

                    order.Coupons = coupons;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 8:
                if (name.SequenceEqual("products"u8))
                {
                    if (!Link(ref reader, out var products))
                    {
                        return false;
                    }

                    order.Products = products;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 9:
                if (name.SequenceEqual("status_id"u8))
                {
                    order.Status = Status.Read(ref reader, typeof(OrderStatus), options);
                }
                else if (name.SequenceEqual("total_tax"u8))
                {
                    order.TotalTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 10:
                if (name.SequenceEqual("is_deleted"u8))
                {
                    if (!Bool(ref reader, out var isDeleted))
                    {
                        return false;
                    }

                    order.IsDeleted = isDeleted;
                }
                else if (name.SequenceEqual("channel_id"u8))
                {
                    if (!Int(ref reader, out var channelId))
                    {
                        return false;
                    }

                    order.ChannelId = channelId;
                }
                else if (name.SequenceEqual("ip_address"u8))
                {
                    if (!Text(ref reader, out var ipAddress))
                    {
                        return false;
                    }

                    order.IpAddress = ipAddress;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 11:
                if (name.SequenceEqual("customer_id"u8))
                {
                    if (!Int(ref reader, out var customerId))
                    {
                        return false;
                    }

                    order.CustomerId = customerId;
                }
                else if (name.SequenceEqual("items_total"u8))
                {
                    if (!Int(ref reader, out var itemsTotal))
                    {
                        return false;
                    }

                    order.ItemsTotal = itemsTotal;
                }
                else if (name.SequenceEqual("staff_notes"u8))
                {
                    if (!Text(ref reader, out var staffNotes))
                    {
                        return false;
                    }

                    order.StaffNotes = staffNotes;
                }
                else if (name.SequenceEqual("currency_id"u8))
                {
                    if (!Int(ref reader, out var currencyId))
                    {
                        return false;
                    }

                    order.CurrencyId = currencyId;
                }
                else if (name.SequenceEqual("external_id"u8))
                {
                    if (!Text(ref reader, out var externalId))
                    {
                        return false;
                    }

                    order.ExternalId = externalId;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 12:
                if (name.SequenceEqual("date_created"u8))
                {
                    order.DateCreated = Date.Read(ref reader, typeof(DateTimeOffset?), options);
                }
                else if (name.SequenceEqual("date_shipped"u8))
                {
                    order.DateShipped = Date.Read(ref reader, typeof(DateTimeOffset?), options);
                }
                else if (name.SequenceEqual("subtotal_tax"u8))
                {
                    order.SubtotalTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("total_ex_tax"u8))
                {
                    order.TotalExTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("order_source"u8))
                {
                    if (!Text(ref reader, out var orderSource))
                    {
                        return false;
                    }

                    order.OrderSource = orderSource;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 13:
                if (name.SequenceEqual("date_modified"u8))
                {
                    order.DateModified = Date.Read(ref reader, typeof(DateTimeOffset?), options);
                }
                else if (name.SequenceEqual("custom_status"u8))
                {
                    if (!Text(ref reader, out var customStatus))
                    {
                        return false;
                    }

                    order.CustomStatus = customStatus;
                }
                else if (name.SequenceEqual("total_inc_tax"u8))
                {
                    order.TotalIncTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("items_shipped"u8))
                {
                    if (!Int(ref reader, out var itemsShipped))
                    {
                        return false;
                    }

                    order.ItemsShipped = itemsShipped;
                }
                else if (name.SequenceEqual("currency_code"u8))
                {
                    if (!Text(ref reader, out var currencyCode))
                    {
                        return false;
                    }

                    order.CurrencyCode = currencyCode;
                }
                else if (name.SequenceEqual("ip_address_v6"u8))
                {
                    if (!Text(ref reader, out var ipAddressV6))
                    {
                        return false;
                    }

                    order.IpAddressV6 = ipAddressV6;
                }
                else if (name.SequenceEqual("geoip_country"u8))
                {
                    if (!Text(ref reader, out var geoipCountry))
                    {
                        return false;
                    }

                    order.GeoipCountry = geoipCountry;
                }
                else if (name.SequenceEqual("ebay_order_id"u8))
                {
                    if (!Text(ref reader, out var ebayOrderId))
                    {
                        return false;
                    }

                    order.EbayOrderId = ebayOrderId;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 14:
                if (name.SequenceEqual("payment_method"u8))
                {
                    if (!Text(ref reader, out var paymentMethod))
                    {
                        return false;
                    }

                    order.PaymentMethod = paymentMethod;
                }
                else if (name.SequenceEqual("payment_status"u8))
                {
                    if (!Text(ref reader, out var paymentStatus))
                    {
                        return false;
                    }

                    order.PaymentStatus = paymentStatus;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 15:
                if (name.SequenceEqual("subtotal_ex_tax"u8))
                {
                    order.SubtotalExTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("refunded_amount"u8))
                {
                    order.RefundedAmount = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("discount_amount"u8))
                {
                    order.DiscountAmount = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("coupon_discount"u8))
                {
                    order.CouponDiscount = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("billing_address"u8))
                {
                    order.BillingAddress = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, Json.OrderAddress);
                }
                else if (name.SequenceEqual("external_source"u8))
                {
                    if (!Text(ref reader, out var externalSource))
                    {
                        return false;
                    }

                    order.ExternalSource = externalSource;
                }
                else if (name.SequenceEqual("customer_locale"u8))
                {
                    if (!Text(ref reader, out var customerLocale))
                    {
                        return false;
                    }

                    order.CustomerLocale = customerLocale;
                }
                else if (name.SequenceEqual("is_email_opt_in"u8))
                {
                    if (!Bool(ref reader, out var isEmailOptIn))
                    {
                        return false;
                    }

                    order.IsEmailOptIn = isEmailOptIn;
                }
                else if (name.SequenceEqual("tax_provider_id"u8))
                {
                    if (!Text(ref reader, out var taxProviderId))
                    {
                        return false;
                    }

                    order.TaxProviderId = taxProviderId;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 16:
                if (name.SequenceEqual("subtotal_inc_tax"u8))
                {
                    order.SubtotalIncTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("credit_card_type"u8))
                {
                    order.CreditCardType = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);
                }
                else if (name.SequenceEqual("customer_message"u8))
                {
                    if (!Text(ref reader, out var customerMessage))
                    {
                        return false;
                    }

                    order.CustomerMessage = customerMessage;
                }
                else if (name.SequenceEqual("order_is_digital"u8))
                {
                    if (!Bool(ref reader, out var orderIsDigital))
                    {
                        return false;
                    }

                    order.OrderIsDigital = orderIsDigital;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 17:
                if (name.SequenceEqual("shipping_cost_tax"u8))
                {
                    order.ShippingCostTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("handling_cost_tax"u8))
                {
                    order.HandlingCostTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("wrapping_cost_tax"u8))
                {
                    order.WrappingCostTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("external_order_id"u8))
                {
                    if (!Text(ref reader, out var externalOrderId))
                    {
                        return false;
                    }

                    order.ExternalOrderId = externalOrderId;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 18:
                if (name.SequenceEqual("base_shipping_cost"u8))
                {
                    order.BaseShippingCost = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("base_handling_cost"u8))
                {
                    order.BaseHandlingCost = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("base_wrapping_cost"u8))
                {
                    order.BaseWrappingCost = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("geoip_country_iso2"u8))
                {
                    if (!Text(ref reader, out var geoipCountryIso2))
                    {
                        return false;
                    }

                    order.GeoipCountryIso2 = geoipCountryIso2;
                }
                else if (name.SequenceEqual("shipping_addresses"u8))
                {
                    if (!Link(ref reader, out var shippingAddresses))
                    {
                        return false;
                    }

                    order.ShippingAddresses = shippingAddresses;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 19:
                if (name.SequenceEqual("payment_provider_id"u8))
                {
                    order.PaymentProviderId = StringOrNumber.Read(ref reader, typeof(string), options);
                }
                else if (name.SequenceEqual("store_credit_amount"u8))
                {
                    order.StoreCreditAmount = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("default_currency_id"u8))
                {
                    if (!Int(ref reader, out var defaultCurrencyId))
                    {
                        return false;
                    }

                    order.DefaultCurrencyId = defaultCurrencyId;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 20:
                if (name.SequenceEqual("shipping_cost_ex_tax"u8))
                {
                    order.ShippingCostExTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("handling_cost_ex_tax"u8))
                {
                    order.HandlingCostExTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("wrapping_cost_ex_tax"u8))
                {
                    order.WrappingCostExTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("external_merchant_id"u8))
                {
                    if (!Text(ref reader, out var externalMerchantId))
                    {
                        return false;
                    }

                    order.ExternalMerchantId = externalMerchantId;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 21:
                if (name.SequenceEqual("shipping_cost_inc_tax"u8))
                {
                    order.ShippingCostIncTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("handling_cost_inc_tax"u8))
                {
                    order.HandlingCostIncTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("wrapping_cost_inc_tax"u8))
                {
                    order.WrappingCostIncTax = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("default_currency_code"u8))
                {
                    if (!Text(ref reader, out var defaultCurrencyCode))
                    {
                        return false;
                    }

                    order.DefaultCurrencyCode = defaultCurrencyCode;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 22:
                if (name.SequenceEqual("currency_exchange_rate"u8))
                {
                    order.CurrencyExchangeRate = Money.Read(ref reader, typeof(decimal), options);
                }
                else if (name.SequenceEqual("shipping_address_count"u8))
                {
                    if (!Int(ref reader, out var shippingAddressCount))
                    {
                        return false;
                    }

                    order.ShippingAddressCount = shippingAddressCount;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 23:
                if (name.SequenceEqual("gift_certificate_amount"u8))
                {
                    order.GiftCertificateAmount = Money.Read(ref reader, typeof(decimal), options);
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 24:
                if (name.SequenceEqual("is_tax_inclusive_pricing"u8))
                {
                    if (!Bool(ref reader, out var isTaxInclusivePricing))
                    {
                        return false;
                    }

                    order.IsTaxInclusivePricing = isTaxInclusivePricing;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 26:
                if (name.SequenceEqual("shipping_cost_tax_class_id"u8))
                {
                    if (!Int(ref reader, out var shippingCostTaxClassId))
                    {
                        return false;
                    }

                    order.ShippingCostTaxClassId = shippingCostTaxClassId;
                }
                else if (name.SequenceEqual("handling_cost_tax_class_id"u8))
                {
                    if (!Int(ref reader, out var handlingCostTaxClassId))
                    {
                        return false;
                    }

                    order.HandlingCostTaxClassId = handlingCostTaxClassId;
                }
                else if (name.SequenceEqual("wrapping_cost_tax_class_id"u8))
                {
                    if (!Int(ref reader, out var wrappingCostTaxClassId))
                    {
                        return false;
                    }

                    order.WrappingCostTaxClassId = wrappingCostTaxClassId;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 27:
                if (name.SequenceEqual("store_default_currency_code"u8))
                {
                    if (!Text(ref reader, out var storeDefaultCurrencyCode))
                    {
                        return false;
                    }

                    order.StoreDefaultCurrencyCode = storeDefaultCurrencyCode;
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            case 44:
                if (name.SequenceEqual("store_default_to_transactional_exchange_rate"u8))
                {
                    order.StoreDefaultToTransactionalExchangeRate = Money.Read(ref reader, typeof(decimal), options);
                }
                else
                {
                    return Unknown(ref reader, name, order);
                }

                return true;
            default:
                return Unknown(ref reader, name, order);
        }
    }

    // A field the model does not type, kept as the generated reader keeps it.
    private static bool Unknown(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, Order order)
    {
        (order.AdditionalProperties ??= [])[Encoding.UTF8.GetString(name)] = JsonElement.ParseValue(ref reader);
        return true;
    }

    private static bool Int(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    private static bool Bool(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return value || reader.TokenType == JsonTokenType.False;
    }

    private static bool Text(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool Link(ref Utf8JsonReader reader, out ResourceLink? link)
    {
        link = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        link = new ResourceLink();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var url = reader.ValueTextEquals("url"u8);
            if ((!url && !reader.ValueTextEquals("resource"u8)) || !reader.Read() || !Text(ref reader, out var value))
            {
                return false;
            }

            if (url)
            {
                link.Url = value;
            }
            else
            {
                link.Resource = value;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }
}
