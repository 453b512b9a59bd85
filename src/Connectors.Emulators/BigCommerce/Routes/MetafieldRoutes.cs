using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v3 order metafields (orders.v3.yml, Metafields).</summary>
internal static class MetafieldRoutes
{
    public static void Map(IEndpointRouteBuilder v3)
    {
        v3.MapGet("/orders/{orderId:int}/metafields", List);
        v3.MapPost("/orders/{orderId:int}/metafields", CreateAsync);
        v3.MapGet("/orders/{orderId:int}/metafields/{metafieldId:int}", Get);
        v3.MapPut("/orders/{orderId:int}/metafields/{metafieldId:int}", UpdateAsync);
        v3.MapDelete("/orders/{orderId:int}/metafields/{metafieldId:int}", Delete);
    }

    private static IResult List(HttpContext context, int orderId)
    {
        var store = context.Store();
        var key = (string?)context.Request.Query["key"];
        var ns = (string?)context.Request.Query["namespace"];
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            if (order is null)
            {
                return Wire.V3NotFound($"Order {orderId}");
            }

            var items = order.Metafields.Where(m => (key is null || m.Key == key) && (ns is null || m.Namespace == ns)).ToList();
            return Wire.V3Page(context.Request, items, Writers.Metafield);
        }
    }

    private static IResult Get(HttpContext context, int orderId, int metafieldId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var field = OrderRoutes.Find(store, orderId)?.Metafields.Find(m => m.Id == metafieldId);
            return field is null ? Wire.V3NotFound($"Metafield {metafieldId}") : Wire.V3Single(Writers.Metafield(field));
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, int orderId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V3Error(StatusCodes.Status400BadRequest, "Input is invalid.");
        }

        var missing = new Dictionary<string, string>();
        foreach (var field in new[] { "namespace", "key", "value", "permission_set" })
        {
            if (string.IsNullOrEmpty(Wire.StringOf(body[field])))
            {
                missing[field] = "error.path.missing";
            }
        }

        if (missing.Count > 0)
        {
            return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "JSON data is missing or invalid", missing);
        }

        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            if (order is null)
            {
                return Wire.V3NotFound($"Order {orderId}");
            }

            var ns = Wire.StringOf(body["namespace"])!;
            var key = Wire.StringOf(body["key"])!;
            if (order.Metafields.Exists(m => m.Namespace == ns && m.Key == key))
            {
                return Wire.V3Error(StatusCodes.Status409Conflict, $"Metafield with namespace '{ns}' and key '{key}' already exists on order {orderId}.", new Dictionary<string, string> { ["key"] = "duplicate" });
            }

            var field = new Metafield
            {
                Id = store.NextId(),
                ResourceId = order.Id,
                Namespace = ns,
                Key = key,
                Value = Wire.StringOf(body["value"])!,
                Description = Wire.StringOf(body["description"]),
                PermissionSet = Wire.StringOf(body["permission_set"])!,
                DateCreated = store.Now,
                DateModified = store.Now,
            };
            order.Metafields.Add(field);
            return Wire.V3Single(Writers.Metafield(field));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, int orderId, int metafieldId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V3Error(StatusCodes.Status400BadRequest, "Input is invalid.");
        }

        lock (store.Sync)
        {
            var field = OrderRoutes.Find(store, orderId)?.Metafields.Find(m => m.Id == metafieldId);
            if (field is null)
            {
                return Wire.V3NotFound($"Metafield {metafieldId}");
            }

            field.Value = Wire.StringOf(body["value"]) ?? field.Value;
            field.Description = Wire.StringOf(body["description"]) ?? field.Description;
            field.PermissionSet = Wire.StringOf(body["permission_set"]) ?? field.PermissionSet;
            field.DateModified = store.Now;
            return Wire.V3Single(Writers.Metafield(field));
        }
    }

    private static IResult Delete(HttpContext context, int orderId, int metafieldId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var order = OrderRoutes.Find(store, orderId);
            var field = order?.Metafields.Find(m => m.Id == metafieldId);
            if (field is null)
            {
                return Wire.V3NotFound($"Metafield {metafieldId}");
            }

            order!.Metafields.Remove(field);
            return Wire.NoContent();
        }
    }
}
