using System.Globalization;

namespace Connectors.BigCommerce;

/// <summary>
/// Every path the client calls, relative to <c>https://api.bigcommerce.com/stores/{store_hash}/</c>.
/// All are documented in the official specs (bigcommerce/docs, folder reference/); see docs/api/bigcommerce.md.
/// </summary>
internal static class BigCommerceRoutes
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    // orders.v2.oas2.yml
    public const string Orders = "v2/orders";
    public const string OrdersCount = "v2/orders/count";
    public const string OrderStatuses = "v2/order_statuses";

    public static string Order(int orderId) => $"v2/orders/{Id(orderId)}";

    public static string OrderProducts(int orderId) => $"v2/orders/{Id(orderId)}/products";

    public static string OrderShippingAddresses(int orderId) => $"v2/orders/{Id(orderId)}/shipping_addresses";

    public static string OrderMessages(int orderId) => $"v2/orders/{Id(orderId)}/messages";

    public static string OrderCoupons(int orderId) => $"v2/orders/{Id(orderId)}/coupons";

    public static string Shipments(int orderId) => $"v2/orders/{Id(orderId)}/shipments";

    public static string Shipment(int orderId, int shipmentId) => $"v2/orders/{Id(orderId)}/shipments/{Id(shipmentId)}";

    // orders.v3.yml
    public static string Transactions(int orderId) => $"v3/orders/{Id(orderId)}/transactions";

    public static string RefundQuotes(int orderId) => $"v3/orders/{Id(orderId)}/payment_actions/refund_quotes";

    public static string OrderRefunds(int orderId) => $"v3/orders/{Id(orderId)}/payment_actions/refunds";

    public const string AllRefunds = "v3/orders/payment_actions/refunds";

    public static string OrderMetafields(int orderId) => $"v3/orders/{Id(orderId)}/metafields";

    public static string OrderMetafield(int orderId, int metafieldId) => $"v3/orders/{Id(orderId)}/metafields/{Id(metafieldId)}";

    // catalog/products_catalog.v3.yml, product-variants_catalog.v3.yml, category-trees_catalog.v3.yml
    // (categories through the trees: v3/catalog/categories is deprecated in categories_catalog.v3.yml)
    public const string Products = "v3/catalog/products";
    public const string Categories = "v3/catalog/trees/categories";

    public static string Product(int productId) => $"v3/catalog/products/{Id(productId)}";

    public static string Variants(int productId) => $"v3/catalog/products/{Id(productId)}/variants";

    public static string Variant(int productId, int variantId) => $"v3/catalog/products/{Id(productId)}/variants/{Id(variantId)}";

    // inventory.v3.yml
    public const string AbsoluteAdjustments = "v3/inventory/adjustments/absolute";
    public const string RelativeAdjustments = "v3/inventory/adjustments/relative";
    public const string InventoryItems = "v3/inventory/items";

    public static string LocationItems(int locationId) => $"v3/inventory/locations/{Id(locationId)}/items";

    // customers.v3.yml, customers.v2.yml
    public const string Customers = "v3/customers";
    public const string CustomerGroups = "v2/customer_groups";

    public static string CustomerGroup(int groupId) => $"v2/customer_groups/{Id(groupId)}";

    // webhooks.v3.yml
    public const string Hooks = "v3/hooks";

    public static string Hook(int hookId) => $"v3/hooks/{Id(hookId)}";
}
