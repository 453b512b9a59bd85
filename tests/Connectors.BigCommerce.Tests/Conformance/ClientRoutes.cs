using System.Text.Json.Nodes;
using Connectors.Core;
using static Connectors.BigCommerce.Tests.Conformance.Filler;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>
/// Every call the client makes, one line per public method, with the spec route it must hit and where in the
/// response body the value it returns comes from. Requests are built with every option set (see <see cref="Filler"/>).
/// </summary>
internal static class ClientRoutes
{
    public static IReadOnlyList<ClientRoute> All { get; } =
    [
        // orders.v2.oas2.yml
        new("orders.list", "GET", "/v2/orders", (c, _) => Page(c.Orders.ListAsync(Fill<OrderQuery>())), Body),
        new("orders.count", "GET", "/v2/orders/count", (c, _) => Value(c.Orders.CountAsync(Fill<OrderQuery>())), Body),
        new("orders.get", "GET", "/v2/orders/{order_id}", (c, _) => Value(c.Orders.GetAsync(100)), Body),
        new("orders.create", "POST", "/v2/orders", (c, _) => Value(c.Orders.CreateAsync(Fill<CreateOrderRequest>(o => o.Products = OrderLines))), Body),
        new("orders.update", "PUT", "/v2/orders/{order_id}", (c, _) => Value(c.Orders.UpdateAsync(100, Fill<UpdateOrderRequest>())), Body),
        new("orders.archive", "DELETE", "/v2/orders/{order_id}", (c, _) => Nothing(c.Orders.ArchiveAsync(100)), null),
        new("orders.products", "GET", "/v2/orders/{order_id}/products", (c, _) => Page(c.Orders.ListProductsAsync(100)), Body),
        new("orders.shipping_addresses", "GET", "/v2/orders/{order_id}/shipping_addresses", (c, _) => Page(c.Orders.ListShippingAddressesAsync(100)), Body),
        new("orders.messages", "GET", "/v2/orders/{order_id}/messages", (c, _) => Page(c.Orders.ListMessagesAsync(100)), Body),
        new("orders.coupons", "GET", "/v2/orders/{order_id}/coupons", (c, _) => Page(c.Orders.ListCouponsAsync(100)), Body),
        new("orders.statuses", "GET", "/v2/order_statuses", (c, _) => Value(c.Orders.ListStatusesAsync()), Body),
        new("shipments.list", "GET", "/v2/orders/{order_id}/shipments", (c, _) => Page(c.Shipments.ListAsync(100)), Body),
        new("shipments.get", "GET", "/v2/orders/{order_id}/shipments/{shipment_id}", (c, _) => Value(c.Shipments.GetAsync(100, 1)), Body),
        new("shipments.create", "POST", "/v2/orders/{order_id}/shipments", (c, _) => Value(c.Shipments.CreateAsync(100, Fill<CreateShipmentRequest>())), Body),
        new("shipments.update", "PUT", "/v2/orders/{order_id}/shipments/{shipment_id}", (c, _) => Value(c.Shipments.UpdateAsync(100, 1, Fill<UpdateShipmentRequest>())), Body),
        new("shipments.delete", "DELETE", "/v2/orders/{order_id}/shipments/{shipment_id}", (c, _) => Nothing(c.Shipments.DeleteAsync(100, 1)), null),

        // orders.v3.yml
        new("payments.transactions", "GET", "/v3/orders/{order_id}/transactions", (c, _) => Page(c.Payments.ListTransactionsAsync(100)), Data),
        new("payments.refund_quote", "POST", "/v3/orders/{order_id}/payment_actions/refund_quotes", (c, _) => Value(c.Payments.CreateRefundQuoteAsync(100, Fill<RefundQuoteRequest>(r => (r.Items, r.TaxAdjustmentAmount) = (RefundItems, null)))), Data),
        new("payments.refund_quote_tax", "POST", "/v3/orders/{order_id}/payment_actions/refund_quotes", (c, _) => Value(c.Payments.CreateRefundQuoteAsync(100, new RefundQuoteRequest { TaxAdjustmentAmount = 1.5m })), Data, ResponseAsIn: "payments.refund_quote"),
        new("payments.refund_tax", "POST", "/v3/orders/{order_id}/payment_actions/refunds", (c, _) => Value(c.Payments.CreateRefundAsync(100, new CreateRefundRequest { TaxAdjustmentAmount = 1.5m, MerchantCalculatedOverride = new() { TotalAmount = 1.5m, TotalTax = 1.5m } })), Data, ResponseAsIn: "payments.refund"),
        new("payments.refund", "POST", "/v3/orders/{order_id}/payment_actions/refunds", (c, _) => Value(c.Payments.CreateRefundAsync(100, Fill<CreateRefundRequest>(r => (r.Items, r.TaxAdjustmentAmount) = (RefundItems, null)))), Data),
        new("payments.order_refunds", "GET", "/v3/orders/{order_id}/payment_actions/refunds", (c, _) => Page(c.Payments.ListRefundsAsync(100, "tx-1")), Data),
        new("payments.all_refunds", "GET", "/v3/orders/payment_actions/refunds", (c, _) => Page(c.Payments.ListAllRefundsAsync([100, 101], "tx-1")), Data),
        new("metafields.list", "GET", "/v3/orders/{order_id}/metafields", (c, _) => Page(c.OrderMetafields.ListAsync(100, "ns", "key")), Data),
        new("metafields.create", "POST", "/v3/orders/{order_id}/metafields", (c, _) => Value(c.OrderMetafields.CreateAsync(100, Fill<CreateMetafieldRequest>())), Data),
        new("metafields.update", "PUT", "/v3/orders/{order_id}/metafields/{metafield_id}", (c, _) => Value(c.OrderMetafields.UpdateAsync(100, 1, Fill<UpdateMetafieldRequest>(r => r.PermissionSet = "read"))), Data),
        new("metafields.delete", "DELETE", "/v3/orders/{order_id}/metafields/{metafield_id}", (c, _) => Nothing(c.OrderMetafields.DeleteAsync(100, 1)), null),

        // catalog: products_catalog.v3.yml, product-variants_catalog.v3.yml, category-trees_catalog.v3.yml
        new("catalog.products", "GET", "/v3/catalog/products", (c, _) => Page(c.Catalog.ListProductsAsync(Fill<ProductQuery>())), Data),
        new("catalog.product", "GET", "/v3/catalog/products/{product_id}", (c, _) => Value(c.Catalog.GetProductAsync(77, includeVariants: true)), Data),
        new("catalog.product_update", "PUT", "/v3/catalog/products/{product_id}", (c, _) => Value(c.Catalog.UpdateProductAsync(77, Fill<UpdateProductRequest>())), Data),
        new("catalog.variants", "GET", "/v3/catalog/products/{product_id}/variants", (c, _) => Page(c.Catalog.ListVariantsAsync(77)), Data),
        new("catalog.variant_update", "PUT", "/v3/catalog/products/{product_id}/variants/{variant_id}", (c, _) => Value(c.Catalog.UpdateVariantAsync(77, 1, Fill<UpdateVariantRequest>())), Data),
        new("catalog.categories", "GET", "/v3/catalog/trees/categories", (c, _) => Page(c.Catalog.ListCategoriesAsync(parentId: 1, treeId: 1)), Data),

        // inventory.v3.yml
        new("inventory.absolute", "PUT", "/v3/inventory/adjustments/absolute", (c, _) => Value(c.Inventory.SetAbsoluteAsync(Fill<InventoryAdjustment>(a => a.Items = InventoryItems))), Body),
        new("inventory.relative", "POST", "/v3/inventory/adjustments/relative", (c, _) => Value(c.Inventory.AdjustRelativeAsync(Fill<InventoryAdjustment>(a => a.Items = InventoryItems))), Body),
        new("inventory.items", "GET", "/v3/inventory/items", (c, _) => Page(c.Inventory.ListItemsAsync(Fill<InventoryQuery>())), Data),
        new("inventory.location_items", "GET", "/v3/inventory/locations/{location_id}/items", (c, _) => Page(c.Inventory.ListLocationItemsAsync(1)), Data),

        // customers.v3.yml, customers.v2.yml
        new("customers.list", "GET", "/v3/customers", (c, _) => Page(c.Customers.ListAsync(Fill<CustomerQuery>())), Data),
        new("customers.get", "GET", "/v3/customers", (c, _) => Value(c.Customers.GetAsync(7)), b => b?["data"]?[0], ResponseAsIn: "customers.list"),
        new("customers.update", "PUT", "/v3/customers", (c, _) => Value(c.Customers.UpdateAsync([Fill<UpdateCustomerRequest>()])), Data),
        new("customers.groups", "GET", "/v2/customer_groups", (c, _) => Page(c.Customers.ListGroupsAsync()), Body),
        new("customers.group", "GET", "/v2/customer_groups/{customer_group_id}", (c, _) => Value(c.Customers.GetGroupAsync(1)), Body),

        // webhooks.v3.yml
        new("webhooks.list", "GET", "/v3/hooks", (c, _) => Page(c.Webhooks.ListAsync()), Data),
        new("webhooks.get", "GET", "/v3/hooks/{webhook_id}", (c, _) => Value(c.Webhooks.GetAsync(1)), Data),
        new("webhooks.create", "POST", "/v3/hooks", (c, _) => Value(c.Webhooks.CreateAsync(Fill<WebhookRequest>())), Data),
        new("webhooks.update", "PUT", "/v3/hooks/{webhook_id}", (c, _) => Value(c.Webhooks.UpdateAsync(1, Fill<WebhookRequest>())), Data),
        new("webhooks.delete", "DELETE", "/v3/hooks/{webhook_id}", (c, _) => Value(c.Webhooks.DeleteAsync(1)), Data),
    ];

    /// <summary>Each kind of order line the spec documents: a catalog product (by id and variant), a custom product (by name and SKU).</summary>
    private static List<CreateOrderProduct> OrderLines =>
    [
        new() { ProductId = 77, VariantId = 63, Quantity = 2, PriceExTax = 10.5m, PriceIncTax = 12.6m },
        new() { Name = "Gift wrap service", Sku = "SVC-1", Quantity = 1, PriceExTax = 4.25m, PriceIncTax = 5.1m },
    ];

    /// <summary>Each kind of refund line the model offers: a product line by quantity, an order-level amount.</summary>
    private static List<RefundItem> RefundItems => [
        new() { ItemType = "PRODUCT", ItemId = 5, Quantity = 1, Reason = "damaged", Adjustments = [new() { Amount = -1.25m, Description = "Restocking fee" }] },
        RefundItem.OrderAmount(100, 2.5m, "goodwill"),
    ];

    /// <summary>An item identified each documented way: by SKU, by product, by variant.</summary>
    private static List<InventoryAdjustmentItem> InventoryItems => [InventoryAdjustmentItem.ForSku("SKU-1", 3), InventoryAdjustmentItem.ForProduct(77, 3), new() { VariantId = 63, Quantity = 3 }];

    public static ClientRoute Named(string name) => All.Single(r => r.Name == name);

    private static JsonNode? Body(JsonNode? body) => body;

    private static JsonNode? Data(JsonNode? body) => body?["data"];

    private static async Task<object?> Page<T>(AsyncPageable<T> pageable)
    {
        await foreach (var page in pageable.AsPages())
        {
            return page.Values.Cast<object?>().ToList();
        }

        return new List<object?>();
    }

    private static async Task<object?> Value<T>(Task<Response<T>> call) => (await call.ConfigureAwait(false)).Value;

    private static async Task<object?> Nothing(Task<Response> call)
    {
        await call.ConfigureAwait(false);
        return null;
    }
}

/// <summary>
/// A client call: its name, the spec route, how to make it (given the body the stub will answer), where its return
/// value sits in the body (null: no body); <c>ResponseAsIn</c> names the call whose response checks cover this one
/// (same route, same model: e.g. get-one-customer is the customer list filtered by id).
/// </summary>
internal sealed record ClientRoute(string Name, string Method, string SpecPath, Func<BigCommerceClient, JsonNode?, Task<object?>> Call, Func<JsonNode?, JsonNode?>? Returned, string? ResponseAsIn = null)
{
    public SpecOperation Spec => OpenApiSpecs.Official.Find(Method, SpecPath)
        ?? throw new InvalidOperationException($"{Method} {SpecPath} is not in the official specs.");

    public override string ToString() => Name;
}
