using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v3 inventory: absolute and relative adjustments, items by location (inventory.v3.yml).</summary>
internal static class InventoryRoutes
{
    public static void Map(IEndpointRouteBuilder v3)
    {
        v3.MapPut("/inventory/adjustments/absolute", context => AdjustAsync(context, absolute: true));
        v3.MapPost("/inventory/adjustments/relative", context => AdjustAsync(context, absolute: false));
        v3.MapGet("/inventory/items", Items);
        v3.MapGet("/inventory/locations/{locationId:int}/items", LocationItems);
    }

    internal static void RaiseInventory(BigCommerceStoreState store, Product product, string method, int value, Variant? variant = null)
    {
        if (variant is null || variant == product.BaseVariant)
        {
            store.Raise("store/product/inventory/updated", "product", product.Id, new JsonObject
            {
                ["inventory"] = new JsonObject { ["product_id"] = product.Id, ["method"] = method, ["value"] = value },
            });
        }
        else
        {
            store.Raise("store/sku/inventory/updated", "sku", variant.Id, new JsonObject
            {
                ["inventory"] = new JsonObject { ["product_id"] = product.Id, ["variant_id"] = variant.Id, ["method"] = method, ["value"] = value },
            });
        }
    }

    /// <summary>The items whose stock is tracked: the base variant, or the option variants when tracked by variant.</summary>
    private static IEnumerable<(Product Product, Variant Variant)> Tracked(BigCommerceStoreState store)
        => store.Products.SelectMany(p => (p.InventoryTracking == "variant" ? p.Variants.Skip(1) : p.Variants.Take(1)).Select(v => (p, v)));

    private static async Task AdjustAsync(HttpContext context, bool absolute)
    {
        var result = await AdjustCoreAsync(context, absolute).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task<IResult> AdjustCoreAsync(HttpContext context, bool absolute)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body || body["items"] is not JsonArray items)
        {
            return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "JSON data is missing or invalid", new Dictionary<string, string> { ["items"] = "error.path.missing" });
        }

        if (items.Count > 2000)
        {
            return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "Too many items: the limit is 2000.");
        }

        lock (store.Sync)
        {
            var changes = new List<(Product Product, Variant Variant, int LocationId, int Quantity)>();
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not JsonObject item)
                {
                    continue;
                }

                var locationId = Wire.IntOf(item["location_id"]);
                var quantity = Wire.IntOf(item["quantity"]);
                if (locationId is null || store.Locations.TrueForAll(l => l.Id != locationId))
                {
                    return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, $"Location {locationId} does not exist.", new Dictionary<string, string> { [$"items.{i}.location_id"] = "invalid" });
                }

                if (quantity is null || (absolute && quantity < 0))
                {
                    return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "Quantity is missing or invalid.", new Dictionary<string, string> { [$"items.{i}.quantity"] = "invalid" });
                }

                if (!TryResolve(store, item, out var product, out var variant, out var message))
                {
                    return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, message, new Dictionary<string, string> { [$"items.{i}"] = message });
                }

                changes.Add((product!, variant!, locationId.Value, quantity.Value));
            }

            foreach (var (product, variant, locationId, quantity) in changes)
            {
                store.Stock.TryGetValue((locationId, variant.Id), out var current);
                store.Stock[(locationId, variant.Id)] = absolute ? quantity : current + quantity;
                product.DateModified = store.Now;
            }

            foreach (var group in changes.GroupBy(c => c.Variant))
            {
                var first = group.First();
                RaiseInventory(store, first.Product, absolute ? "absolute" : "relative", store.VariantLevel(group.Key), group.Key);
            }

            return Wire.Json(new JsonObject { ["transaction_id"] = Guid.NewGuid().ToString() });
        }
    }

    private static bool TryResolve(BigCommerceStoreState store, JsonObject item, out Product? product, out Variant? variant, out string message)
    {
        product = null;
        variant = null;
        message = "";
        if (Wire.StringOf(item["sku"]) is { } sku)
        {
            foreach (var p in store.Products)
            {
                variant = p.Variants.Find(v => v.Sku == sku);
                if (variant is not null)
                {
                    product = p;
                    break;
                }
            }
        }
        else if (Wire.IntOf(item["variant_id"]) is { } variantId)
        {
            product = store.Products.Find(p => p.Variants.Exists(v => v.Id == variantId));
            variant = product?.Variants.Find(v => v.Id == variantId);
        }
        else if (Wire.IntOf(item["product_id"]) is { } productId)
        {
            product = store.Products.Find(p => p.Id == productId);
            if (product is { InventoryTracking: "variant" })
            {
                message = $"[Item with product_id {productId} is tracked by variant, please update stock by variant id or sku]";
                return false;
            }

            variant = product?.BaseVariant;
        }
        else
        {
            message = "One of sku, variant_id or product_id is required to identify the item.";
            return false;
        }

        if (product is null || variant is null)
        {
            message = "Item not found.";
            return false;
        }

        if (product.InventoryTracking == "product" && variant != product.BaseVariant)
        {
            message = $"[Item with variant_id {variant.Id} is tracked by product, please update stock by product id]";
            return false;
        }

        return true;
    }

    private static IResult Items(HttpContext context)
    {
        var store = context.Store();
        var q = context.Request.Query;
        var skus = Wire.StringList(q["sku:in"]);
        var productIds = Wire.IntList(q["product_id:in"]);
        var variantIds = Wire.IntList(q["variant_id:in"]);
        var locationIds = Wire.IntList(q["location_id:in"]);
        lock (store.Sync)
        {
            var items = Tracked(store)
                .Where(t => (skus.Count == 0 || skus.Contains(t.Variant.Sku))
                    && (productIds.Count == 0 || productIds.Contains(t.Product.Id))
                    && (variantIds.Count == 0 || variantIds.Contains(t.Variant.Id)))
                .ToList();
            return Wire.V3Page(context.Request, items, t =>
            {
                var locations = new JsonArray();
                foreach (var location in store.Locations.Where(l => locationIds.Count == 0 || locationIds.Contains(l.Id)))
                {
                    store.Stock.TryGetValue((location.Id, t.Variant.Id), out var onHand);
                    locations.Add(new JsonObject
                    {
                        ["location_id"] = location.Id,
                        ["location_code"] = location.Code,
                        ["location_name"] = location.Name,
                        ["available_to_sell"] = onHand,
                        ["total_inventory_onhand"] = onHand,
                        ["location_enabled"] = location.Enabled,
                        ["settings"] = Settings(t.Product, onHand),
                    });
                }

                return new JsonObject { ["identity"] = Identity(t.Product, t.Variant), ["locations"] = locations };
            });
        }
    }

    private static IResult LocationItems(HttpContext context, int locationId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            if (store.Locations.TrueForAll(l => l.Id != locationId))
            {
                return Wire.V3NotFound($"Location {locationId}");
            }

            var items = Tracked(store).ToList();
            return Wire.V3Page(context.Request, items, t =>
            {
                store.Stock.TryGetValue((locationId, t.Variant.Id), out var onHand);
                return new JsonObject
                {
                    ["identity"] = Identity(t.Product, t.Variant),
                    ["available_to_sell"] = onHand,
                    ["total_inventory_onhand"] = onHand,
                    ["settings"] = Settings(t.Product, onHand),
                };
            });
        }
    }

    private static JsonObject Identity(Product product, Variant variant) => new()
    {
        ["sku"] = variant.Sku,
        ["variant_id"] = variant.Id,
        ["product_id"] = product.Id,
        ["sku_id"] = variant == product.BaseVariant ? null : variant.Id,
    };

    private static JsonObject Settings(Product product, int onHand) => new()
    {
        ["safety_stock"] = 0,
        ["is_in_stock"] = onHand > 0,
        ["warning_level"] = product.InventoryWarningLevel,
        ["bin_picking_number"] = "",
    };
}
