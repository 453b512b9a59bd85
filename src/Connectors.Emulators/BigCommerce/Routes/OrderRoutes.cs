using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v2 orders, their sub-resources and the status table (orders.v2.oas2.yml).</summary>
internal static class OrderRoutes
{
    public static void Map(IEndpointRouteBuilder v2)
    {
        v2.MapGet("/orders", List);
        v2.MapGet("/orders/count", Count);
        v2.MapGet("/orders/{orderId:int}", Get);
        v2.MapPost("/orders", (Func<HttpContext, Task<IResult>>)CreateAsync);
        v2.MapPut("/orders/{orderId:int}", UpdateAsync);
        v2.MapDelete("/orders/{orderId:int}", Archive);
        v2.MapGet("/orders/{orderId:int}/products", (HttpContext c, int orderId) => Sub(c, orderId, o => o.Products, Writers.OrderProduct));
        v2.MapGet("/orders/{orderId:int}/shipping_addresses", (HttpContext c, int orderId) => Sub(c, orderId, o => o.ShippingAddresses, Writers.ShippingAddress));
        v2.MapGet("/orders/{orderId:int}/messages", (HttpContext c, int orderId) => Sub(c, orderId, o => o.Messages, Writers.Message));
        v2.MapGet("/orders/{orderId:int}/coupons", (HttpContext c, int orderId) => Sub(c, orderId, o => o.Coupons, Writers.Coupon));
        v2.MapGet("/order_statuses", Statuses);
    }

    internal static Order? Find(BigCommerceStoreState store, int orderId) => store.Orders.Find(o => o.Id == orderId);

    private static IResult List(HttpContext context)
    {
        var store = context.Store();
        var query = context.Request.Query;
        if (!TryFilter(context.Request, out var filter, out var error))
        {
            return error!;
        }

        lock (store.Sync)
        {
            IEnumerable<Order> orders = store.Orders.Where(o => !o.IsDeleted).Where(filter);
            var sort = ((string?)query["sort"] ?? "id").Split(':');
            var descending = sort.Length > 1 && sort[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            Func<Order, object> key = sort[0] switch
            {
                "date_created" => o => o.DateCreated,
                "date_modified" => o => o.DateModified,
                "status_id" => o => o.StatusId,
                "customer_id" => o => o.CustomerId,
                _ => o => o.Id,
            };
            orders = descending ? orders.OrderByDescending(key).ThenByDescending(o => o.Id) : orders.OrderBy(key).ThenBy(o => o.Id);
            return Wire.V2Page(context.Request, orders.ToList(), o => Writers.Order(store, o));
        }
    }

    private static bool TryFilter(HttpRequest request, out Func<Order, bool> filter, out IResult? error)
    {
        var q = request.Query;
        var statusId = Wire.Int(request, "status_id");
        var customerId = Wire.Int(request, "customer_id");
        var minId = Wire.Int(request, "min_id");
        var maxId = Wire.Int(request, "max_id");
        var email = (string?)q["email"];
        var dates = new Dictionary<string, DateTimeOffset>();
        foreach (var name in new[] { "min_date_created", "max_date_created", "min_date_modified", "max_date_modified" })
        {
            if (string.IsNullOrEmpty(q[name]))
            {
                continue;
            }

            if (!Wire.TryParseDate(q[name], out var date))
            {
                filter = _ => false;
                error = Wire.V2Error(StatusCodes.Status400BadRequest, $"The filter '{name}' must be a date in RFC 2822 or ISO 8601 format.");
                return false;
            }

            dates[name] = date;
        }

        error = null;
        filter = o =>
            (statusId is null || o.StatusId == statusId)
            && (customerId is null || o.CustomerId == customerId)
            && (minId is null || o.Id >= minId)
            && (maxId is null || o.Id <= maxId)
            && (email is null || string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase))
            && (!dates.TryGetValue("min_date_created", out var a) || o.DateCreated >= a)
            && (!dates.TryGetValue("max_date_created", out var b) || o.DateCreated <= b)
            && (!dates.TryGetValue("min_date_modified", out var c) || o.DateModified >= c)
            && (!dates.TryGetValue("max_date_modified", out var d) || o.DateModified <= d);
        return true;
    }

    private static IResult Count(HttpContext context)
    {
        var store = context.Store();
        if (!TryFilter(context.Request, out var filter, out var error))
        {
            return error!;
        }

        lock (store.Sync)
        {
            var orders = store.Orders.Where(o => !o.IsDeleted).Where(filter).ToList();
            var statuses = new JsonArray();
            for (var id = 0; id < Writers.StatusNames.Length; id++)
            {
                statuses.Add(new JsonObject
                {
                    ["id"] = id,
                    ["name"] = Writers.StatusNames[id],
                    ["system_label"] = Writers.StatusNames[id],
                    ["custom_label"] = Writers.StatusNames[id],
                    ["system_description"] = "",
                    ["count"] = orders.Count(o => o.StatusId == id),
                    ["sort_order"] = id,
                });
            }

            return Wire.Json(new JsonObject { ["statuses"] = statuses, ["count"] = orders.Count });
        }
    }

    private static IResult Get(HttpContext context, int orderId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = Find(store, orderId);
            return order is null ? Wire.V2NotFound() : Wire.Json(Writers.Order(store, order));
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V2Error(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }

        if (body["billing_address"] is not JsonObject billing)
        {
            return Wire.V2Error(StatusCodes.Status400BadRequest, "The required field 'billing_address' was not supplied.");
        }

        if (body["products"] is not JsonArray { Count: > 0 } lines)
        {
            return Wire.V2Error(StatusCodes.Status400BadRequest, "The required field 'products' was not supplied.");
        }

        lock (store.Sync)
        {
            var customerId = Wire.IntOf(body["customer_id"]) ?? 0;
            var statusId = Wire.IntOf(body["status_id"]) ?? 1;
            var now = store.Now;
            var order = new Order
            {
                Id = store.Orders.Count == 0 ? 100 : store.Orders[^1].Id + 1,
                CustomerId = customerId,
                StatusId = statusId,
                DateCreated = now,
                DateModified = now,
                BillingAddress = (JsonObject)billing.DeepClone(),
                StaffNotes = Wire.StringOf(body["staff_notes"]) ?? "",
                CustomerMessage = Wire.StringOf(body["customer_message"]) ?? "",
                ExternalSource = Wire.StringOf(body["external_source"]),
                ExternalOrderId = Wire.StringOf(body["external_order_id"]),
                OrderSource = "external",
                PaymentMethod = Wire.StringOf(body["payment_method"]) ?? "Manual",
                PaymentStatus = "",
                ShippingCostIncTax = Wire.Decimal(body["shipping_cost_inc_tax"]) ?? 0m,
            };
            var addresses = body["shipping_addresses"] as JsonArray ?? [billing.DeepClone()];
            foreach (var address in addresses.OfType<JsonObject>())
            {
                order.ShippingAddresses.Add(new ShippingAddress { Id = store.NextId(), Address = (JsonObject)address.DeepClone(), ShippingMethod = "Custom" });
            }

            foreach (var line in lines.OfType<JsonObject>())
            {
                var productId = Wire.IntOf(line["product_id"]) ?? 0;
                var product = productId == 0 ? null : store.Products.Find(p => p.Id == productId);
                if (productId != 0 && product is null)
                {
                    return Wire.V2Error(StatusCodes.Status400BadRequest, $"The product with id {productId} does not exist.");
                }

                var quantity = Wire.IntOf(line["quantity"]) ?? 1;
                var price = Wire.Decimal(line["price_ex_tax"]) ?? product?.Price ?? 0m;
                order.Products.Add(new OrderProduct
                {
                    Id = store.NextId(),
                    ProductId = productId,
                    VariantId = Wire.IntOf(line["variant_id"]) ?? product?.BaseVariant.Id ?? 0,
                    OrderAddressId = order.ShippingAddresses[0].Id,
                    Name = Wire.StringOf(line["name"]) ?? product?.Name ?? "Custom product",
                    Sku = Wire.StringOf(line["sku"]) ?? product?.Sku ?? "",
                    Quantity = quantity,
                    PriceExTax = price,
                    PriceIncTax = Wire.Decimal(line["price_inc_tax"]) ?? price,
                });
            }

            store.Orders.Add(order);
            store.Raise("store/order/created", "order", order.Id);
            return Wire.Json(Writers.Order(store, order));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, int orderId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V2Error(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }

        lock (store.Sync)
        {
            var order = Find(store, orderId);
            if (order is null)
            {
                return Wire.V2NotFound();
            }

            foreach (var readOnly in new[] { "id", "date_created", "items_total", "items_shipped" })
            {
                if (body.ContainsKey(readOnly))
                {
                    return Wire.V2Error(StatusCodes.Status400BadRequest, $"The field '{readOnly}' cannot be written to. Please remove it from your request before trying again.");
                }
            }

            if (body["status_id"] is { } statusNode)
            {
                var statusId = Wire.IntOf(statusNode);
                if (statusId is null or < 0 or > 14)
                {
                    return Wire.V2Error(StatusCodes.Status400BadRequest, "The field 'status_id' is invalid.");
                }
            }

            order.StaffNotes = Wire.StringOf(body["staff_notes"]) ?? order.StaffNotes;
            order.CustomerMessage = Wire.StringOf(body["customer_message"]) ?? order.CustomerMessage;
            order.PaymentMethod = Wire.StringOf(body["payment_method"]) ?? order.PaymentMethod;
            order.ExternalOrderId = Wire.StringOf(body["external_order_id"]) ?? order.ExternalOrderId;
            if (body["billing_address"] is JsonObject billing)
            {
                foreach (var (key, value) in billing)
                {
                    order.BillingAddress[key] = value?.DeepClone();
                }
            }

            store.ChangeStatus(order, Wire.IntOf(body["status_id"]) ?? order.StatusId);
            return Wire.Json(Writers.Order(store, order));
        }
    }

    private static IResult Archive(HttpContext context, int orderId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = Find(store, orderId);
            if (order is null)
            {
                return Wire.V2NotFound();
            }

            order.IsDeleted = true;
            order.DateModified = store.Now;
            store.Raise("store/order/archived", "order", order.Id);
            return Wire.NoContent();
        }
    }

    private static IResult Sub<T>(HttpContext context, int orderId, Func<Order, List<T>> items, Func<Order, T, JsonObject> write)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = Find(store, orderId);
            return order is null ? Wire.V2NotFound() : Wire.V2Page(context.Request, items(order), item => write(order, item));
        }
    }

    private static IResult Statuses()
    {
        var array = new JsonArray();
        for (var id = 0; id < Writers.StatusNames.Length; id++)
        {
            array.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = Writers.StatusNames[id],
                ["system_label"] = Writers.StatusNames[id],
                ["custom_label"] = Writers.StatusNames[id],
                ["system_description"] = "",
                ["order"] = id,
            });
        }

        return Wire.Json(array);
    }
}
