using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v2 order shipments (orders.v2.oas2.yml, Order Shipments).</summary>
internal static class ShipmentRoutes
{
    public static void Map(IEndpointRouteBuilder v2)
    {
        v2.MapGet("/orders/{orderId:int}/shipments", List);
        v2.MapGet("/orders/{orderId:int}/shipments/count", Count);
        v2.MapPost("/orders/{orderId:int}/shipments", CreateAsync);
        v2.MapGet("/orders/{orderId:int}/shipments/{shipmentId:int}", Get);
        v2.MapPut("/orders/{orderId:int}/shipments/{shipmentId:int}", UpdateAsync);
        v2.MapDelete("/orders/{orderId:int}/shipments/{shipmentId:int}", Delete);
    }

    private static IResult List(HttpContext context, int orderId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            return order is null ? Wire.V2NotFound() : Wire.V2Page(context.Request, order.Shipments, s => Writers.Shipment(order, s));
        }
    }

    private static IResult Count(HttpContext context, int orderId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            return order is null ? Wire.V2NotFound() : Wire.Json(new JsonObject { ["count"] = order.Shipments.Count });
        }
    }

    private static IResult Get(HttpContext context, int orderId, int shipmentId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            var shipment = order?.Shipments.Find(s => s.Id == shipmentId);
            return shipment is null ? Wire.V2NotFound() : Wire.Json(Writers.Shipment(order!, shipment));
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, int orderId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V2Error(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }

        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            if (order is null)
            {
                return Wire.V2NotFound();
            }

            var addressId = Wire.IntOf(body["order_address_id"]);
            if (addressId is null || order.ShippingAddresses.TrueForAll(a => a.Id != addressId))
            {
                return Wire.V2Error(StatusCodes.Status400BadRequest, "The field 'order_address_id' is invalid.");
            }

            if (body["items"] is not JsonArray { Count: > 0 } items)
            {
                return Wire.V2Error(StatusCodes.Status400BadRequest, "The required field 'items' was not supplied.");
            }

            var shipment = new Shipment { Id = store.NextId(), OrderAddressId = addressId.Value, DateCreated = store.Now };
            Apply(shipment, body);
            foreach (var item in items.OfType<JsonObject>())
            {
                var line = order.Products.Find(p => p.Id == Wire.IntOf(item["order_product_id"]));
                var quantity = Wire.IntOf(item["quantity"]) ?? 0;
                if (line is null || quantity <= 0 || line.QuantityShipped + quantity > line.Quantity)
                {
                    return Wire.V2Error(StatusCodes.Status400BadRequest, $"The shipment item with order_product_id {Wire.IntOf(item["order_product_id"])} is invalid or over-ships the line.");
                }

                shipment.Items.Add((line.Id, line.ProductId, quantity));
            }

            foreach (var (lineId, _, quantity) in shipment.Items)
            {
                order.Products.Find(p => p.Id == lineId)!.QuantityShipped += quantity;
            }

            order.Shipments.Add(shipment);
            order.DateShipped = shipment.DateCreated;
            store.Raise("store/shipment/created", "shipment", shipment.Id, new JsonObject { ["orderId"] = order.Id });
            store.ChangeStatus(order, order.ItemsShipped >= order.ItemsTotal ? 2 : 3);
            return Wire.Json(Writers.Shipment(order, shipment), StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, int orderId, int shipmentId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V2Error(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }

        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            var shipment = order?.Shipments.Find(s => s.Id == shipmentId);
            if (shipment is null)
            {
                return Wire.V2NotFound();
            }

            Apply(shipment, body);
            store.Raise("store/shipment/updated", "shipment", shipment.Id, new JsonObject { ["orderId"] = order!.Id });
            return Wire.Json(Writers.Shipment(order, shipment));
        }
    }

    private static IResult Delete(HttpContext context, int orderId, int shipmentId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            var shipment = order?.Shipments.Find(s => s.Id == shipmentId);
            if (shipment is null)
            {
                return Wire.V2NotFound();
            }

            foreach (var (lineId, _, quantity) in shipment.Items)
            {
                var line = order!.Products.Find(p => p.Id == lineId);
                if (line is not null)
                {
                    line.QuantityShipped = Math.Max(0, line.QuantityShipped - quantity);
                }
            }

            order!.Shipments.Remove(shipment);
            store.Raise("store/shipment/deleted", "shipment", shipment.Id, new JsonObject { ["orderId"] = order.Id });
            return Wire.NoContent();
        }
    }

    private static void Apply(Shipment shipment, JsonObject body)
    {
        shipment.TrackingNumber = Wire.StringOf(body["tracking_number"]) ?? shipment.TrackingNumber;
        shipment.ShippingProvider = Wire.StringOf(body["shipping_provider"]) ?? shipment.ShippingProvider;
        shipment.TrackingCarrier = Wire.StringOf(body["tracking_carrier"]) ?? shipment.TrackingCarrier;
        shipment.TrackingLink = Wire.StringOf(body["tracking_link"]) ?? shipment.TrackingLink;
        shipment.Comments = Wire.StringOf(body["comments"]) ?? shipment.Comments;
        shipment.ShippingMethod = Wire.StringOf(body["shipping_method"]) ?? shipment.ShippingMethod;
        shipment.MerchantShippingCost = Wire.Decimal(body["merchant_shipping_cost"]) ?? shipment.MerchantShippingCost;
    }
}
