using Connectors.Core;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class CatalogTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task List_filters_products()
    {
        using var store = fixture.NewStore();
        var all = await ToList(store.Client.Catalog.ListProductsAsync());
        Assert.Equal(8, all.Count);

        var hidden = await ToList(store.Client.Catalog.ListProductsAsync(new ProductQuery { CategoryIds = [21] }));
        Assert.Equal("RX-LC", Assert.Single(hidden).Sku);

        var low = await ToList(store.Client.Catalog.ListProductsAsync(new ProductQuery { InventoryLow = true }));
        Assert.Contains(low, p => p.Sku == "DPB");
        Assert.All(low, p => Assert.True(p.InventoryLevel <= p.InventoryWarningLevel));

        var bySku = await ToList(store.Client.Catalog.ListProductsAsync(new ProductQuery { Sku = "ABS", IncludeVariants = true }));
        var product = Assert.Single(bySku);
        Assert.Equal(InventoryTracking.Variant, product.InventoryTracking);
        Assert.Equal(3, product.Variants?.Count);

        var byIds = await ToList(store.Client.Catalog.ListProductsAsync(new ProductQuery { Ids = [77, 78] }));
        Assert.Equal([77, 78], byIds.Select(p => p.Id));
    }

    [Fact]
    public async Task Update_price_availability_visibility_and_inventory()
    {
        using var store = fixture.NewStore();
        Product updated = await store.Client.Catalog.UpdateProductAsync(77, new UpdateProductRequest
        {
            Price = 99.95m,
            Availability = ProductAvailability.Disabled,
            IsVisible = false,
            InventoryLevel = 12,
            InventoryWarningLevel = 3,
        });
        Assert.Equal(99.95m, updated.Price);
        Assert.Equal(ProductAvailability.Disabled, updated.Availability);
        Assert.False(updated.IsVisible);
        // The catalog's inventory_level writes the default location; the product reports the total over locations.
        Assert.Equal(12 + 20, updated.InventoryLevel);
        Assert.Equal(12 + 20, store.State.InventoryOf(77));

        Product fetched = await store.Client.Catalog.GetProductAsync(77);
        Assert.Equal(99.95m, fetched.Price);
    }

    [Fact]
    public async Task Invalid_update_maps_field_errors()
    {
        using var store = fixture.NewStore();
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.Catalog.UpdateProductAsync(77, new UpdateProductRequest { Price = -1m, Availability = new ProductAvailability("sold-out") }));
        Assert.Equal(["availability", "price"], error.FieldErrors.Select(f => f.Field).Order());
    }

    [Fact]
    public async Task Variants_list_and_update()
    {
        using var store = fixture.NewStore();
        var variants = await ToList(store.Client.Catalog.ListVariantsAsync(79));
        Assert.Equal(3, variants.Count);
        var red = variants.Single(v => v.Sku == "ABS-RED");
        ProductVariant updated = await store.Client.Catalog.UpdateVariantAsync(79, red.Id, new UpdateVariantRequest { Price = 230m, PurchasingDisabled = true });
        Assert.Equal(230m, updated.Price);
        Assert.True(updated.PurchasingDisabled);
    }

    [Fact]
    public async Task Categories_are_read()
    {
        using var store = fixture.NewStore();
        var categories = await ToList(store.Client.Catalog.ListCategoriesAsync());
        Assert.Equal(["Shop All", "Garden", "Kitchen", "Regulated"], categories.Select(c => c.Name));
        Assert.False(categories.Single(c => c.Id == 21).IsVisible);
    }

    [Fact]
    public async Task Missing_product_is_not_found()
    {
        using var store = fixture.NewStore();
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => store.Client.Catalog.GetProductAsync(1));
    }
}
