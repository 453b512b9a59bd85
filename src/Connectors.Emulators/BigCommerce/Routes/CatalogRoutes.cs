using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v3 catalog: products, variants, categories (catalog/*.v3.yml).</summary>
internal static class CatalogRoutes
{
    private static readonly string[] Availabilities = ["available", "disabled", "preorder"];
    private static readonly string[] Trackings = ["none", "product", "variant"];

    public static void Map(IEndpointRouteBuilder v3)
    {
        v3.MapGet("/catalog/products", List);
        v3.MapGet("/catalog/products/{productId:int}", Get);
        v3.MapPut("/catalog/products/{productId:int}", UpdateAsync);
        v3.MapGet("/catalog/products/{productId:int}/variants", Variants);
        v3.MapPut("/catalog/products/{productId:int}/variants/{variantId:int}", UpdateVariantAsync);
        v3.MapGet("/catalog/categories", Categories);
        v3.MapGet("/catalog/trees/categories", TreeCategories);
    }

    private static bool IncludeVariants(HttpRequest request)
        => Wire.StringList(request.Query["include"]).Contains("variants");

    private static IResult List(HttpContext context)
    {
        var store = context.Store();
        var q = context.Request.Query;
        var ids = Wire.IntList(q["id:in"]);
        var categories = Wire.IntList(q["categories:in"]);
        var skus = Wire.StringList(q["sku:in"]);
        var sku = (string?)q["sku"];
        var name = (string?)q["name"];
        var visible = bool.TryParse(q["is_visible"], out var v) ? v : (bool?)null;
        var availability = (string?)q["availability"];
        var maxLevel = Wire.Int(context.Request, "inventory_level:max");
        var low = q["inventory_low"] == "1" || q["inventory_low"] == "true";
        var modifiedMin = Wire.TryParseDate(q["date_modified:min"], out var m) ? m : (DateTimeOffset?)null;
        lock (store.Sync)
        {
            var products = store.Products.Where(p =>
                    (ids.Count == 0 || ids.Contains(p.Id))
                    && (categories.Count == 0 || p.Categories.Exists(categories.Contains))
                    && (skus.Count == 0 || skus.Contains(p.Sku))
                    && (sku is null || p.Sku == sku)
                    && (name is null || p.Name == name)
                    && (visible is null || p.IsVisible == visible)
                    && (availability is null || p.Availability == availability)
                    && (maxLevel is null || store.InventoryLevel(p) <= maxLevel)
                    && (!low || store.InventoryLevel(p) <= p.InventoryWarningLevel)
                    && (modifiedMin is null || p.DateModified >= modifiedMin))
                .OrderBy(p => p.Id)
                .ToList();
            var include = IncludeVariants(context.Request);
            return Wire.V3Page(context.Request, products, p => Writers.Product(store, p, include));
        }
    }

    private static IResult Get(HttpContext context, int productId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var product = store.Products.Find(p => p.Id == productId);
            return product is null
                ? Wire.V3NotFound($"Product {productId}")
                : Wire.V3Single(Writers.Product(store, product, IncludeVariants(context.Request)));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, int productId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V3Error(StatusCodes.Status400BadRequest, "Input is invalid.");
        }

        var errors = new Dictionary<string, string>();
        foreach (var money in new[] { "price", "sale_price", "cost_price" })
        {
            if (body.ContainsKey(money) && Wire.Decimal(body[money]) is not >= 0m)
            {
                errors[money] = $"{money} must be a number greater than or equal to 0";
            }
        }

        if (body.ContainsKey("availability") && !Availabilities.Contains(Wire.StringOf(body["availability"])))
        {
            errors["availability"] = "availability must be one of available, disabled, preorder";
        }

        if (body.ContainsKey("inventory_tracking") && !Trackings.Contains(Wire.StringOf(body["inventory_tracking"])))
        {
            errors["inventory_tracking"] = "inventory_tracking must be one of none, product, variant";
        }

        if (body.ContainsKey("inventory_level") && Wire.IntOf(body["inventory_level"]) is not >= 0)
        {
            errors["inventory_level"] = "inventory_level must be an integer greater than or equal to 0";
        }

        if (errors.Count > 0)
        {
            return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "JSON data is missing or invalid", errors);
        }

        lock (store.Sync)
        {
            var product = store.Products.Find(p => p.Id == productId);
            if (product is null)
            {
                return Wire.V3NotFound($"Product {productId}");
            }

            product.Name = Wire.StringOf(body["name"]) ?? product.Name;
            product.Description = Wire.StringOf(body["description"]) ?? product.Description;
            product.Price = Wire.Decimal(body["price"]) ?? product.Price;
            product.SalePrice = Wire.Decimal(body["sale_price"]) ?? product.SalePrice;
            product.CostPrice = Wire.Decimal(body["cost_price"]) ?? product.CostPrice;
            product.IsVisible = Wire.BoolOf(body["is_visible"]) ?? product.IsVisible;
            product.Availability = Wire.StringOf(body["availability"]) ?? product.Availability;
            product.InventoryTracking = Wire.StringOf(body["inventory_tracking"]) ?? product.InventoryTracking;
            product.InventoryWarningLevel = Wire.IntOf(body["inventory_warning_level"]) ?? product.InventoryWarningLevel;
            product.DateModified = store.Now;
            store.Raise("store/product/updated", "product", product.Id);
            if (Wire.IntOf(body["inventory_level"]) is { } level && product.InventoryTracking == "product")
            {
                // The catalog's inventory_level writes the default location (1).
                store.Stock[(1, product.BaseVariant.Id)] = level;
                InventoryRoutes.RaiseInventory(store, product, "absolute", store.InventoryLevel(product));
            }

            return Wire.V3Single(Writers.Product(store, product, false));
        }
    }

    private static IResult Variants(HttpContext context, int productId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var product = store.Products.Find(p => p.Id == productId);
            return product is null
                ? Wire.V3NotFound($"Product {productId}")
                : Wire.V3Page(context.Request, product.Variants, v => Writers.Variant(store, product, v));
        }
    }

    private static async Task<IResult> UpdateVariantAsync(HttpContext context, int productId, int variantId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V3Error(StatusCodes.Status400BadRequest, "Input is invalid.");
        }

        if (body.ContainsKey("price") && body["price"] is not null && Wire.Decimal(body["price"]) is not >= 0m)
        {
            return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "JSON data is missing or invalid", new Dictionary<string, string> { ["price"] = "price must be a number greater than or equal to 0" });
        }

        lock (store.Sync)
        {
            var product = store.Products.Find(p => p.Id == productId);
            var variant = product?.Variants.Find(v => v.Id == variantId);
            if (variant is null)
            {
                return Wire.V3NotFound($"Variant {variantId}");
            }

            variant.Price = body.ContainsKey("price") ? Wire.Decimal(body["price"]) : variant.Price;
            variant.PurchasingDisabled = Wire.BoolOf(body["purchasing_disabled"]) ?? variant.PurchasingDisabled;
            if (Wire.IntOf(body["inventory_level"]) is { } level)
            {
                store.Stock[(1, variant.Id)] = level;
                InventoryRoutes.RaiseInventory(store, product!, "absolute", store.VariantLevel(variant), variant);
            }

            product!.DateModified = store.Now;
            return Wire.V3Single(Writers.Variant(store, product, variant));
        }
    }

    /// <summary>category-trees_catalog.v3.yml <c>getAllCategories</c>: every category of the store's one tree.</summary>
    private static IResult TreeCategories(HttpContext context)
    {
        var store = context.Store();
        var q = context.Request.Query;
        var parents = Wire.IntList(q["parent_id:in"]);
        var ids = Wire.IntList(q["category_id:in"]);
        var trees = Wire.IntList(q["tree_id:in"]);
        var visible = bool.TryParse(q["is_visible"], out var v) ? v : (bool?)null;
        lock (store.Sync)
        {
            var list = store.Categories
                .Where(c => (parents.Count == 0 || parents.Contains(c.ParentId))
                            && (ids.Count == 0 || ids.Contains(c.Id))
                            && (trees.Count == 0 || trees.Contains(1))
                            && (visible is null || c.IsVisible == visible))
                .ToList();
            return Wire.V3Page(context.Request, list, Writers.TreeCategory);
        }
    }

    private static IResult Categories(HttpContext context)
    {
        var store = context.Store();
        var parent = Wire.Int(context.Request, "parent_id");
        var visible = bool.TryParse(context.Request.Query["is_visible"], out var v) ? v : (bool?)null;
        lock (store.Sync)
        {
            var list = store.Categories.Where(c => (parent is null || c.ParentId == parent) && (visible is null || c.IsVisible == visible)).ToList();
            return Wire.V3Page(context.Request, list, Writers.Category);
        }
    }
}
