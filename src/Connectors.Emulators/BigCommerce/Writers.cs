using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;

namespace Connectors.Emulators.BigCommerce;

/// <summary>Writes the emulator's state in the exact wire shapes of the API reference.</summary>
internal static class Writers
{
    public static readonly string[] StatusNames =
    [
        "Incomplete", "Pending", "Shipped", "Partially Shipped", "Refunded", "Cancelled", "Declined",
        "Awaiting Payment", "Awaiting Pickup", "Awaiting Shipment", "Completed", "Awaiting Fulfillment",
        "Manual Verification Required", "Disputed", "Partially Refunded",
    ];

    public static string StatusName(int id) => id >= 0 && id < StatusNames.Length ? StatusNames[id] : "Custom";

    private static JsonObject Link(string storeHash, string resource) => new()
    {
        ["url"] = $"https://api.bigcommerce.com/stores/{storeHash}/v2{resource}",
        ["resource"] = resource,
    };

    public static JsonObject Order(BigCommerceStoreState store, Order o) => new()
    {
        ["id"] = o.Id,
        ["customer_id"] = o.CustomerId,
        ["date_created"] = Wire.Rfc2822(o.DateCreated),
        ["date_modified"] = Wire.Rfc2822(o.DateModified),
        ["date_shipped"] = o.DateShipped is { } shipped ? Wire.Rfc2822(shipped) : "",
        ["status_id"] = o.StatusId,
        ["status"] = StatusName(o.StatusId),
        ["custom_status"] = StatusName(o.StatusId),
        ["subtotal_ex_tax"] = Wire.Money(o.SubtotalExTax),
        ["subtotal_inc_tax"] = Wire.Money(o.SubtotalIncTax),
        ["subtotal_tax"] = Wire.Money(o.SubtotalIncTax - o.SubtotalExTax),
        ["base_shipping_cost"] = Wire.Money(o.ShippingCostIncTax),
        ["shipping_cost_ex_tax"] = Wire.Money(o.ShippingCostIncTax),
        ["shipping_cost_inc_tax"] = Wire.Money(o.ShippingCostIncTax),
        ["shipping_cost_tax"] = Wire.Money(0m),
        ["base_handling_cost"] = Wire.Money(0m),
        ["handling_cost_ex_tax"] = Wire.Money(0m),
        ["handling_cost_inc_tax"] = Wire.Money(0m),
        ["handling_cost_tax"] = Wire.Money(0m),
        ["base_wrapping_cost"] = Wire.Money(0m),
        ["wrapping_cost_ex_tax"] = Wire.Money(0m),
        ["wrapping_cost_inc_tax"] = Wire.Money(0m),
        ["wrapping_cost_tax"] = Wire.Money(0m),
        ["is_tax_inclusive_pricing"] = false,
        ["total_ex_tax"] = Wire.Money(o.TotalExTax),
        ["total_inc_tax"] = Wire.Money(o.TotalIncTax),
        ["total_tax"] = Wire.Money(o.TotalTax),
        ["items_total"] = o.ItemsTotal,
        ["items_shipped"] = o.ItemsShipped,
        ["payment_method"] = o.PaymentMethod,
        // the spec's oneOf [string, number]: a card gateway's numeric id, empty for other methods
        ["payment_provider_id"] = o.PaymentMethod == "Credit Card" ? JsonValue.Create(100_000L + o.Id) : "",
        ["payment_status"] = o.PaymentStatus,
        ["refunded_amount"] = Wire.Money(o.RefundedAmount),
        ["order_is_digital"] = false,
        ["store_credit_amount"] = Wire.Money(0m),
        ["gift_certificate_amount"] = Wire.Money(0m),
        ["ip_address"] = "",
        ["geoip_country"] = "",
        ["geoip_country_iso2"] = "",
        ["currency_id"] = 1,
        ["currency_code"] = o.CurrencyCode,
        ["currency_exchange_rate"] = "1.0000000000",
        ["default_currency_id"] = 1,
        ["default_currency_code"] = o.CurrencyCode,
        ["staff_notes"] = o.StaffNotes,
        ["customer_message"] = o.CustomerMessage,
        ["discount_amount"] = Wire.Money(o.DiscountAmount),
        ["coupon_discount"] = Wire.Money(o.Coupons.Sum(c => c.Discount)),
        ["shipping_address_count"] = o.ShippingAddresses.Count,
        ["is_deleted"] = o.IsDeleted,
        ["ebay_order_id"] = "0",
        ["cart_id"] = "",
        ["billing_address"] = o.BillingAddress.DeepClone(),
        ["is_email_opt_in"] = false,
        ["credit_card_type"] = null,
        ["order_source"] = o.OrderSource,
        ["channel_id"] = o.ChannelId,
        ["external_source"] = o.ExternalSource,
        ["external_id"] = null,
        ["external_order_id"] = o.ExternalOrderId ?? "",
        ["products"] = Link(store.StoreHash, $"/orders/{o.Id}/products"),
        ["shipping_addresses"] = Link(store.StoreHash, $"/orders/{o.Id}/shipping_addresses"),
        ["coupons"] = Link(store.StoreHash, $"/orders/{o.Id}/coupons"),
        ["fees"] = Link(store.StoreHash, $"/orders/{o.Id}/fees"),
        ["tax_provider_id"] = "BasicTaxProvider",
        ["customer_locale"] = "en",
    };

    public static JsonObject OrderProduct(Order o, OrderProduct p) => new()
    {
        ["id"] = p.Id,
        ["order_id"] = o.Id,
        ["product_id"] = p.ProductId,
        ["variant_id"] = p.VariantId,
        ["order_address_id"] = p.OrderAddressId,
        ["name"] = p.Name,
        ["name_customer"] = p.Name,
        ["name_merchant"] = p.Name,
        ["sku"] = p.Sku,
        ["type"] = "physical",
        ["base_price"] = Wire.Money(p.PriceIncTax),
        ["price_ex_tax"] = Wire.Money(p.PriceExTax),
        ["price_inc_tax"] = Wire.Money(p.PriceIncTax),
        ["price_tax"] = Wire.Money(p.PriceIncTax - p.PriceExTax),
        ["base_total"] = Wire.Money(p.PriceIncTax * p.Quantity),
        ["total_ex_tax"] = Wire.Money(p.PriceExTax * p.Quantity),
        ["total_inc_tax"] = Wire.Money(p.PriceIncTax * p.Quantity),
        ["total_tax"] = Wire.Money((p.PriceIncTax - p.PriceExTax) * p.Quantity),
        ["quantity"] = p.Quantity,
        ["quantity_shipped"] = p.QuantityShipped,
        ["quantity_refunded"] = p.QuantityRefunded,
        ["is_refunded"] = p.QuantityRefunded > 0,
        ["refund_amount"] = Wire.Money(0m),
        ["weight"] = "1.0000",
        ["applied_discounts"] = new JsonArray(),
        ["product_options"] = new JsonArray(),
    };

    public static JsonObject ShippingAddress(Order o, ShippingAddress a)
    {
        var json = (JsonObject)a.Address.DeepClone();
        json["id"] = a.Id;
        json["order_id"] = o.Id;
        json["items_total"] = o.Products.Where(p => p.OrderAddressId == a.Id).Sum(p => p.Quantity);
        json["items_shipped"] = o.Products.Where(p => p.OrderAddressId == a.Id).Sum(p => p.QuantityShipped);
        json["shipping_method"] = a.ShippingMethod;
        json["base_cost"] = Wire.Money(a.CostIncTax);
        json["cost_ex_tax"] = Wire.Money(a.CostIncTax);
        json["cost_inc_tax"] = Wire.Money(a.CostIncTax);
        json["cost_tax"] = Wire.Money(0m);
        json["shipping_zone_id"] = 1;
        json["shipping_zone_name"] = "United States";
        json["form_fields"] = new JsonArray();
        return json;
    }

    public static JsonObject Shipment(Order o, Shipment s)
    {
        var items = new JsonArray();
        foreach (var (orderProductId, productId, quantity) in s.Items)
        {
            items.Add(new JsonObject { ["order_product_id"] = orderProductId, ["product_id"] = productId, ["quantity"] = quantity });
        }

        var address = o.ShippingAddresses.Find(a => a.Id == s.OrderAddressId)?.Address.DeepClone() ?? new JsonObject();
        return new JsonObject
        {
            ["id"] = s.Id,
            ["order_id"] = o.Id,
            ["customer_id"] = o.CustomerId,
            ["order_address_id"] = s.OrderAddressId,
            ["date_created"] = Wire.Rfc2822(s.DateCreated),
            ["tracking_number"] = s.TrackingNumber,
            ["merchant_shipping_cost"] = Wire.Money(s.MerchantShippingCost),
            ["shipping_method"] = s.ShippingMethod,
            ["comments"] = s.Comments,
            ["shipping_provider"] = s.ShippingProvider,
            ["tracking_carrier"] = s.TrackingCarrier,
            ["tracking_link"] = s.TrackingLink,
            ["billing_address"] = o.BillingAddress.DeepClone(),
            ["shipping_address"] = address,
            ["items"] = items,
            ["shipping_provider_display_name"] = s.ShippingProvider.ToUpperInvariant(),
            ["generated_tracking_link"] = s.TrackingNumber.Length == 0 ? "" : $"https://track.example/{s.TrackingNumber}",
        };
    }

    public static JsonObject Message(Order o, OrderMessage m) => new()
    {
        ["id"] = m.Id,
        ["order_id"] = o.Id,
        ["staff_id"] = 0,
        ["customer_id"] = m.CustomerId,
        ["type"] = "customer",
        ["subject"] = m.Subject,
        ["message"] = m.Message,
        ["status"] = m.Status,
        ["is_flagged"] = m.IsFlagged,
        ["date_created"] = Wire.Rfc2822(m.DateCreated),
        ["customer"] = new JsonObject { ["id"] = m.CustomerId, ["email"] = o.Email },
    };

    public static JsonObject Coupon(Order o, OrderCoupon c) => new()
    {
        ["id"] = c.Id,
        ["coupon_id"] = c.CouponId,
        ["order_id"] = o.Id,
        ["code"] = c.Code,
        ["amount"] = c.Amount,
        ["type"] = c.Type,
        ["discount"] = c.Discount,
    };

    public static JsonObject Transaction(Order o, Transaction t) => new()
    {
        ["id"] = t.Id,
        ["order_id"] = o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["event"] = t.Event,
        ["method"] = t.Method,
        ["amount"] = t.Amount,
        ["currency"] = t.Currency,
        ["gateway"] = t.Gateway,
        ["gateway_transaction_id"] = t.GatewayTransactionId,
        ["date_created"] = Wire.Iso(t.DateCreated),
        ["test"] = t.Test,
        ["status"] = t.Status,
        ["fraud_review"] = t.FraudReview,
        ["reference_transaction_id"] = null,
        ["offline"] = null,
        ["custom"] = null,
        ["payment_method_id"] = "testgateway.card",
        ["avs_result"] = new JsonObject { ["code"] = "Y", ["message"] = "Address and zip match", ["street_match"] = "Y", ["postal_match"] = "Y" },
        ["cvv_result"] = new JsonObject { ["code"] = "M", ["message"] = "Match" },
        ["credit_card"] = new JsonObject { ["card_type"] = "visa", ["card_iin"] = "411111", ["card_last4"] = "1111", ["card_expiry_month"] = 12, ["card_expiry_year"] = 2030 },
    };

    public static JsonObject Refund(Refund r)
    {
        var payments = new JsonArray();
        foreach (var (id, provider, amount, offline) in r.Payments)
        {
            payments.Add(new JsonObject
            {
                ["id"] = id, ["provider_id"] = provider, ["amount"] = amount, ["offline"] = offline,
                ["is_declined"] = false, ["declined_message"] = "", ["transaction_id"] = r.TransactionId,
            });
        }

        return new JsonObject
        {
            ["id"] = r.Id,
            ["order_id"] = r.OrderId,
            ["user_id"] = 0,
            ["created"] = Wire.Iso(r.Created),
            ["reason"] = r.Reason,
            ["total_amount"] = r.TotalAmount,
            ["total_tax"] = r.TotalTax,
            ["uses_merchant_override_values"] = r.UsesMerchantOverrideValues,
            ["payments"] = payments,
            ["items"] = r.Items.DeepClone(),
        };
    }

    public static JsonObject Metafield(Metafield m) => new()
    {
        ["id"] = m.Id,
        ["key"] = m.Key,
        ["value"] = m.Value,
        ["namespace"] = m.Namespace,
        ["permission_set"] = m.PermissionSet,
        ["resource_type"] = "order",
        ["resource_id"] = m.ResourceId,
        ["description"] = m.Description,
        ["date_created"] = Wire.Iso(m.DateCreated),
        ["date_modified"] = Wire.Iso(m.DateModified),
        ["owner_client_id"] = "emulator-client",
    };

    public static JsonObject Product(BigCommerceStoreState store, Product p, bool includeVariants)
    {
        var json = new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["type"] = p.Type,
            ["sku"] = p.Sku,
            ["description"] = p.Description,
            ["weight"] = p.Weight,
            ["price"] = p.Price,
            ["cost_price"] = p.CostPrice,
            ["retail_price"] = 0m,
            ["sale_price"] = p.SalePrice,
            ["calculated_price"] = p.SalePrice > 0 ? p.SalePrice : p.Price,
            ["categories"] = new JsonArray(p.Categories.Select(c => (JsonNode)c).ToArray()),
            ["brand_id"] = p.BrandId,
            ["inventory_level"] = store.InventoryLevel(p),
            ["inventory_warning_level"] = p.InventoryWarningLevel,
            ["inventory_tracking"] = p.InventoryTracking,
            ["is_visible"] = p.IsVisible,
            ["is_featured"] = false,
            ["availability"] = p.Availability,
            ["availability_description"] = "",
            ["condition"] = "New",
            ["base_variant_id"] = p.BaseVariant.Id,
            ["date_created"] = Wire.Iso(p.DateCreated),
            ["date_modified"] = Wire.Iso(p.DateModified),
            ["custom_url"] = new JsonObject { ["url"] = "/" + p.Sku.ToLowerInvariant() + "/", ["is_customized"] = false },
        };
        if (includeVariants)
        {
            json["variants"] = new JsonArray(p.Variants.Select(v => (JsonNode)Variant(store, p, v)).ToArray());
        }

        return json;
    }

    public static JsonObject Variant(BigCommerceStoreState store, Product p, Variant v) => new()
    {
        ["id"] = v.Id,
        ["product_id"] = p.Id,
        ["sku"] = v.Sku,
        ["price"] = v.Price,
        ["calculated_price"] = v.Price ?? p.Price,
        ["inventory_level"] = store.ReportedVariantLevel(v),
        ["inventory_warning_level"] = store.ReportedVariantLevel(v) is null ? null : p.InventoryWarningLevel,
        ["purchasing_disabled"] = v.PurchasingDisabled,
        ["option_values"] = new JsonArray(v.Options.Select(o => (JsonNode)new JsonObject { ["option_display_name"] = o.OptionName, ["label"] = o.Label }).ToArray()),
    };

    /// <summary>A category as <c>GET /v3/catalog/trees/categories</c> answers it (one tree, id 1).</summary>
    public static JsonObject TreeCategory(Category c) => new()
    {
        ["category_id"] = c.Id,
        ["category_uuid"] = $"00000000-0000-4000-8000-{c.Id:D12}",
        ["parent_id"] = c.ParentId,
        ["tree_id"] = 1,
        ["name"] = c.Name,
        ["description"] = "",
        ["views"] = 0,
        ["sort_order"] = c.SortOrder,
        ["page_title"] = c.Name,
        ["meta_keywords"] = new JsonArray(),
        ["meta_description"] = "",
        ["layout_file"] = "category.html",
        ["image_url"] = "",
        ["is_visible"] = c.IsVisible,
        ["search_keywords"] = "",
        ["default_product_sort"] = "use_store_settings",
        ["url"] = new JsonObject { ["path"] = c.Url, ["is_customized"] = false },
    };

    public static JsonObject Category(Category c) => new()
    {
        ["id"] = c.Id,
        ["parent_id"] = c.ParentId,
        ["name"] = c.Name,
        ["description"] = "",
        ["views"] = 0,
        ["sort_order"] = c.SortOrder,
        ["is_visible"] = c.IsVisible,
        ["default_product_sort"] = "use_store_settings",
        ["custom_url"] = new JsonObject { ["url"] = c.Url, ["is_customized"] = false },
    };

    public static JsonObject Customer(Customer c) => new()
    {
        ["id"] = c.Id,
        ["email"] = c.Email,
        ["first_name"] = c.FirstName,
        ["last_name"] = c.LastName,
        ["company"] = c.Company,
        ["phone"] = c.Phone,
        ["notes"] = c.Notes,
        ["tax_exempt_category"] = "",
        ["customer_group_id"] = c.CustomerGroupId,
        ["registration_ip_address"] = "",
        ["date_created"] = Wire.Iso(c.DateCreated),
        ["date_modified"] = Wire.Iso(c.DateModified),
        ["accepts_product_review_abandoned_cart_emails"] = c.AcceptsMarketing,
        ["origin_channel_id"] = 1,
        ["channel_ids"] = null,
        ["address_count"] = 0,
        ["attribute_count"] = 0,
    };

    public static JsonObject CustomerGroup(CustomerGroup g) => new()
    {
        ["id"] = g.Id,
        ["name"] = g.Name,
        ["is_default"] = g.IsDefault,
        ["category_access"] = new JsonObject { ["type"] = "all" },
        ["discount_rules"] = new JsonArray(),
        ["is_group_for_guests"] = false,
    };

    public static JsonObject Hook(BigCommerceStoreState store, Hook h)
    {
        JsonObject? headers = null;
        if (h.Headers.Count > 0)
        {
            headers = [];
            foreach (var (key, value) in h.Headers)
            {
                headers[key] = value;
            }
        }

        return new JsonObject
        {
            ["id"] = h.Id,
            ["client_id"] = "emulator-client",
            ["store_hash"] = store.StoreHash,
            ["scope"] = h.Scope,
            ["destination"] = h.Destination,
            ["headers"] = headers,
            ["is_active"] = h.IsActive,
            ["created_at"] = h.CreatedAt,
            ["updated_at"] = h.UpdatedAt,
        };
    }
}
