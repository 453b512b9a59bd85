using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v3 transactions, refund quotes and refunds (orders.v3.yml, Transactions and Payment Actions).</summary>
internal static class PaymentRoutes
{
    public static void Map(IEndpointRouteBuilder v3)
    {
        v3.MapGet("/orders/{orderId:int}/transactions", Transactions);
        v3.MapPost("/orders/{orderId:int}/payment_actions/refund_quotes", QuoteAsync);
        v3.MapPost("/orders/{orderId:int}/payment_actions/refunds", RefundAsync);
        v3.MapGet("/orders/{orderId:int}/payment_actions/refunds", OrderRefunds);
        v3.MapGet("/orders/payment_actions/refunds", AllRefunds);
    }

    private static IResult Transactions(HttpContext context, int orderId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            if (order is null)
            {
                return Wire.V3NotFound($"Order {orderId}");
            }

            return order.Transactions.Count == 0
                ? Wire.NoContent()
                : Wire.V3All(order.Transactions, t => Writers.Transaction(order, t));
        }
    }

    private static async Task<IResult> QuoteAsync(HttpContext context, int orderId)
    {
        var store = context.Store();
        var body = await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) as JsonObject;
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            if (order is null)
            {
                return Wire.V3NotFound($"Order {orderId}");
            }

            if (!TryPrice(order, body, out var total, out var tax, out var error))
            {
                return error!;
            }

            var quote = new JsonObject
            {
                ["order_id"] = order.Id,
                ["total_refund_amount"] = total,
                ["total_refund_tax_amount"] = tax,
                ["order_level_refund_amount"] = OrderLevelAmount(body),
                ["rounding"] = 0,
                ["adjustment"] = 0,
                ["tax_inclusive"] = true,
                ["refund_methods"] = new JsonArray(
                    new JsonArray(Method("testgateway", "Test Payment Gateway", total, false)),
                    new JsonArray(Method("custom", "Custom", total, true))),
            };
            return Wire.Json(new JsonObject { ["data"] = quote, ["meta"] = new JsonObject() }, StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> RefundAsync(HttpContext context, int orderId)
    {
        var store = context.Store();
        var body = await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) as JsonObject;
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            if (order is null)
            {
                return Wire.V3NotFound($"Order {orderId}");
            }

            if (!TryPrice(order, body, out var total, out var tax, out var error))
            {
                return error!;
            }

            var merchantOverride = body!["merchant_calculated_override"] as JsonObject;
            if (merchantOverride is not null)
            {
                total = Wire.Decimal(merchantOverride["total_amount"]) ?? total;
                tax = Wire.Decimal(merchantOverride["total_tax"]) ?? tax;
            }

            var payments = body["payments"] as JsonArray ?? [];
            if (payments.Count == 0 && body["tax_adjustment_amount"] is null)
            {
                return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "JSON data is missing or invalid", new Dictionary<string, string> { ["payments"] = "error.path.missing" });
            }

            var paid = payments.OfType<JsonObject>().Sum(p => Wire.Decimal(p["amount"]) ?? 0m);
            if (payments.Count > 0 && Math.Abs(paid - total) > 0.01m)
            {
                return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, $"The payment amounts ({paid}) do not match the refund total ({total}); create a refund quote first.", new Dictionary<string, string> { ["payments"] = "amount mismatch" });
            }

            var refund = new Refund
            {
                Id = store.NextId(),
                OrderId = order.Id,
                Created = store.Now,
                Reason = Wire.StringOf(body["reason"]) ?? Wire.StringOf((body["items"] as JsonArray)?.FirstOrDefault()?["reason"]) ?? "",
                TotalAmount = total,
                TotalTax = tax,
                Items = (JsonArray)(body["items"] ?? new JsonArray()).DeepClone(),
                UsesMerchantOverrideValues = merchantOverride is not null,
            };
            foreach (var payment in payments.OfType<JsonObject>())
            {
                refund.Payments.Add((store.NextId(), Wire.StringOf(payment["provider_id"]) ?? "custom", Wire.Decimal(payment["amount"]) ?? 0m, Wire.BoolOf(payment["offline"]) ?? false));
            }

            order.Refunds.Add(refund);
            order.RefundedAmount += total;
            var transaction = new Transaction { Id = store.NextId(), Event = "refund", Amount = total, DateCreated = store.Now, GatewayTransactionId = "rf-" + refund.Id };
            order.Transactions.Add(transaction);
            refund.TransactionId = transaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var full = order.RefundedAmount >= order.TotalIncTax;
            order.PaymentStatus = full ? "refunded" : "partially refunded";
            store.Raise("store/order/refund/created", "order", order.Id, new JsonObject { ["refund"] = new JsonObject { ["refund_id"] = refund.Id } });
            store.ChangeStatus(order, full ? 4 : 14);
            return Wire.Json(new JsonObject { ["data"] = Writers.Refund(refund), ["meta"] = new JsonObject() }, StatusCodes.Status201Created);
        }
    }

    private static IResult OrderRefunds(HttpContext context, int orderId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            var transactionId = context.Request.Query["transaction_id"].ToString();
            return order is null
                ? Wire.V3NotFound($"Order {orderId}")
                : Wire.V3All(order.Refunds.Where(r => transactionId.Length == 0 || r.TransactionId == transactionId), Writers.Refund);
        }
    }

    private static IResult AllRefunds(HttpContext context)
    {
        var store = context.Store();
        var orderIds = Wire.IntList(context.Request.Query["order_id:in"]);
        var transactionId = context.Request.Query["transaction_id"].ToString();
        lock (store.Sync)
        {
            var refunds = store.Orders
                .Where(o => orderIds.Count == 0 || orderIds.Contains(o.Id))
                .SelectMany(o => o.Refunds)
                .Where(r => transactionId.Length == 0 || r.TransactionId == transactionId)
                .OrderBy(r => r.Id)
                .ToList();
            return Wire.V3Page(context.Request, refunds, Writers.Refund);
        }
    }

    private static decimal OrderLevelAmount(JsonObject? body)
        => (body?["items"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(i => Wire.StringOf(i["item_type"]) == "ORDER")
            .Sum(i => Wire.Decimal(i["amount"]) ?? 0m);

    private static JsonObject Method(string provider, string description, decimal amount, bool offline) => new()
    {
        ["provider_id"] = provider,
        ["provider_description"] = description,
        ["amount"] = amount,
        ["offline"] = offline,
        ["offline_provider"] = offline,
        ["offline_reason"] = offline ? "This is an offline payment provider." : "",
    };

    /// <summary>Prices the refund items: products by quantity, shipping and order-level lines by amount.</summary>
    private static bool TryPrice(Order order, JsonObject? body, out decimal total, out decimal tax, out IResult? error)
    {
        total = 0m;
        tax = 0m;
        error = null;
        if (body?["tax_adjustment_amount"] is { } taxAdjustment && body["items"] is null)
        {
            // the spec's second request form: a tax-only refund of an amount
            total = tax = Wire.Decimal(taxAdjustment) ?? 0m;
            return true;
        }

        if (body?["items"] is not JsonArray { Count: > 0 } items)
        {
            error = Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "JSON data is missing or invalid", new Dictionary<string, string> { ["items"] = "error.path.missing" });
            return false;
        }

        foreach (var item in items.OfType<JsonObject>())
        {
            var type = Wire.StringOf(item["item_type"]) ?? "";
            var itemId = Wire.IntOf(item["item_id"]);
            switch (type)
            {
                case "PRODUCT":
                    var line = order.Products.Find(p => p.Id == itemId);
                    var quantity = Wire.IntOf(item["quantity"]) ?? 0;
                    if (line is null || quantity <= 0 || quantity > line.Quantity - line.QuantityRefunded)
                    {
                        error = Wire.V3Error(StatusCodes.Status422UnprocessableEntity, $"Refund item PRODUCT {itemId} is invalid.", new Dictionary<string, string> { ["items.item_id"] = "invalid" });
                        return false;
                    }

                    total += line.PriceIncTax * quantity;
                    tax += (line.PriceIncTax - line.PriceExTax) * quantity;
                    break;
                case "SHIPPING" or "ORDER" or "HANDLING":
                    total += Wire.Decimal(item["amount"]) ?? 0m;
                    break;
                default:
                    error = Wire.V3Error(StatusCodes.Status422UnprocessableEntity, $"Unknown refund item_type '{type}'.", new Dictionary<string, string> { ["items.item_type"] = "invalid" });
                    return false;
            }
        }

        if (total > order.TotalIncTax - order.RefundedAmount)
        {
            error = Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "Refund amount is greater than remaining amount", new Dictionary<string, string> { ["items"] = "exceeds remaining amount" });
            return false;
        }

        return true;
    }
}
