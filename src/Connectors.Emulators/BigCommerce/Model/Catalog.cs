namespace Connectors.Emulators.BigCommerce.Model;

internal sealed class Product
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Type { get; set; } = "physical";
    public string Sku { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Price { get; set; }
    public decimal SalePrice { get; set; }
    public decimal CostPrice { get; set; }
    public decimal Weight { get; set; }
    public List<int> Categories { get; } = [];
    public int BrandId { get; set; }
    public int InventoryWarningLevel { get; set; }
    public string InventoryTracking { get; set; } = "product";
    public bool IsVisible { get; set; } = true;
    public string Availability { get; set; } = "available";
    public DateTimeOffset DateCreated { get; set; }
    public DateTimeOffset DateModified { get; set; }
    public List<Variant> Variants { get; } = [];

    public Variant BaseVariant => Variants[0];
}

internal sealed class Variant
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public string Sku { get; set; } = "";
    public decimal? Price { get; set; }
    public bool PurchasingDisabled { get; set; }
    public List<(string OptionName, string Label)> Options { get; } = [];
}

internal sealed record Category(int Id, int ParentId, string Name, bool IsVisible, int SortOrder, string Url);

internal sealed record Location(int Id, string Code, string Name, bool Enabled);

internal sealed class Customer
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Company { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Notes { get; set; } = "";
    public int CustomerGroupId { get; set; }
    public bool AcceptsMarketing { get; set; }
    public DateTimeOffset DateCreated { get; set; }
    public DateTimeOffset DateModified { get; set; }
}

internal sealed record CustomerGroup(int Id, string Name, bool IsDefault);

internal sealed class Hook
{
    public int Id { get; set; }
    public string Scope { get; set; } = "";
    public string Destination { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
}
