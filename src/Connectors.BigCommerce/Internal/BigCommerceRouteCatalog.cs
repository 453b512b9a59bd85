using Connectors.Core.Diagnostics;
using Json = Connectors.BigCommerce.BigCommerceJsonContext;

namespace Connectors.BigCommerce;

/// <summary>
/// How the read-only route check (<see cref="RouteCheck"/>, the console sample's <c>verify</c> command) proves each
/// route of <c>Internal/BigCommerceRoutes</c> exists on a store: a <c>GET</c> on a list, or on an id found in it;
/// writes are listed and never called. Every route member appears here once (a test checks it by reflection).
/// </summary>
public static class BigCommerceRouteCatalog
{
    /// <summary>The probes, in call order (lists before the ids they yield).</summary>
    public static IReadOnlyList<RouteProbe> Probes { get; } =
    [
        RouteProbe.Get("BigCommerceRoutes.Orders", true, _ => BigCommerceRoutes.Orders + "?limit=1", Json.Default.ListOrder, ("orderId", "id")),
        RouteProbe.Get("BigCommerceRoutes.OrdersCount", true, _ => BigCommerceRoutes.OrdersCount, Json.Default.OrderCount),
        RouteProbe.Get("BigCommerceRoutes.OrderStatuses", true, _ => BigCommerceRoutes.OrderStatuses, Json.Default.ListOrderStatusInfo),
        RouteProbe.Get("BigCommerceRoutes.Order", true, ids => Id(ids, "orderId", BigCommerceRoutes.Order), Json.Default.Order),
        RouteProbe.Get("BigCommerceRoutes.OrderProducts", true, ids => Id(ids, "orderId", BigCommerceRoutes.OrderProducts), Json.Default.ListOrderProduct),
        RouteProbe.Get("BigCommerceRoutes.OrderShippingAddresses", true, ids => Id(ids, "orderId", BigCommerceRoutes.OrderShippingAddresses), Json.Default.ListOrderShippingAddress),
        RouteProbe.Get("BigCommerceRoutes.OrderMessages", true, ids => Id(ids, "orderId", BigCommerceRoutes.OrderMessages), Json.Default.ListOrderMessage),
        RouteProbe.Get("BigCommerceRoutes.OrderCoupons", true, ids => Id(ids, "orderId", BigCommerceRoutes.OrderCoupons), Json.Default.ListOrderCoupon),
        RouteProbe.Get("BigCommerceRoutes.Shipments", true, ids => Id(ids, "orderId", BigCommerceRoutes.Shipments), Json.Default.ListShipment, ("shipmentId", "id")),
        RouteProbe.Get("BigCommerceRoutes.Shipment", true, ids => ids.Number("orderId") is { } o && ids.Number("shipmentId") is { } s ? BigCommerceRoutes.Shipment(o, s) : null, Json.Default.Shipment),
        RouteProbe.Get("BigCommerceRoutes.Transactions", true, ids => Id(ids, "orderId", BigCommerceRoutes.Transactions), Json.Default.V3CollectionTransaction),
        RouteProbe.Write("BigCommerceRoutes.RefundQuotes", true, "POST"),
        RouteProbe.Get("BigCommerceRoutes.OrderRefunds", true, ids => Id(ids, "orderId", BigCommerceRoutes.OrderRefunds), Json.Default.V3CollectionRefund),
        RouteProbe.Get("BigCommerceRoutes.AllRefunds", true, _ => BigCommerceRoutes.AllRefunds, Json.Default.V3CollectionRefund),
        RouteProbe.Get("BigCommerceRoutes.OrderMetafields", true, ids => Id(ids, "orderId", BigCommerceRoutes.OrderMetafields), Json.Default.V3CollectionMetafield, ("metafieldId", "id")),
        RouteProbe.Write("BigCommerceRoutes.OrderMetafield", true, "PUT"),
        RouteProbe.Get("BigCommerceRoutes.Products", true, _ => BigCommerceRoutes.Products + "?limit=1", Json.Default.V3CollectionProduct, ("productId", "id")),
        RouteProbe.Get("BigCommerceRoutes.Categories", true, _ => BigCommerceRoutes.Categories, Json.Default.V3CollectionCategory),
        RouteProbe.Get("BigCommerceRoutes.Product", true, ids => Id(ids, "productId", BigCommerceRoutes.Product), Json.Default.V3EnvelopeProduct),
        RouteProbe.Get("BigCommerceRoutes.Variants", true, ids => Id(ids, "productId", BigCommerceRoutes.Variants), Json.Default.V3CollectionProductVariant, ("variantId", "id")),
        RouteProbe.Write("BigCommerceRoutes.Variant", true, "PUT"),
        RouteProbe.Write("BigCommerceRoutes.AbsoluteAdjustments", true, "PUT"),
        RouteProbe.Write("BigCommerceRoutes.RelativeAdjustments", true, "POST"),
        RouteProbe.Get("BigCommerceRoutes.InventoryItems", true, _ => BigCommerceRoutes.InventoryItems, Json.Default.V3CollectionInventoryItem),
        RouteProbe.Get("BigCommerceRoutes.LocationItems", true, ids => BigCommerceRoutes.LocationItems(ids.Number("locationId") ?? 1), Json.Default.V3CollectionLocationInventoryItem),
        RouteProbe.Get("BigCommerceRoutes.Customers", true, _ => BigCommerceRoutes.Customers + "?limit=1", Json.Default.V3CollectionCustomer),
        RouteProbe.Get("BigCommerceRoutes.CustomerGroups", true, _ => BigCommerceRoutes.CustomerGroups, Json.Default.ListCustomerGroup, ("customerGroupId", "id")),
        RouteProbe.Get("BigCommerceRoutes.CustomerGroup", true, ids => Id(ids, "customerGroupId", BigCommerceRoutes.CustomerGroup), Json.Default.CustomerGroup),
        RouteProbe.Get("BigCommerceRoutes.Hooks", true, _ => BigCommerceRoutes.Hooks, Json.Default.V3CollectionWebhook, ("hookId", "id")),
        RouteProbe.Get("BigCommerceRoutes.Hook", true, ids => Id(ids, "hookId", BigCommerceRoutes.Hook), Json.Default.V3EnvelopeWebhook),
    ];

    /// <summary>Route-table members that are not routes the check calls, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotProbed { get; } = new Dictionary<string, string>();

    private static string? Id(RouteProbeIds ids, string key, Func<int, string> route) => ids.Number(key) is { } id ? route(id) : null;
}
