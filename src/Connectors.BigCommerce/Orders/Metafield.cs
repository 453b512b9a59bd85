using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>A metafield on an order (<c>/v3/orders/{id}/metafields</c>), e.g. the id of a linked case.</summary>
public sealed class Metafield
{
    /// <summary>The metafield id.</summary>
    public int Id { get; set; }

    /// <summary>The key.</summary>
    public string? Key { get; set; }

    /// <summary>The value.</summary>
    public string? Value { get; set; }

    /// <summary>The namespace.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>app_only</c>, <c>read</c>, <c>write</c>, <c>read_and_sf_access</c>, <c>write_and_sf_access</c>.</summary>
    public string? PermissionSet { get; set; }

    /// <summary>The resource type, <c>order</c>.</summary>
    public string? ResourceType { get; set; }

    /// <summary>The order id.</summary>
    public int ResourceId { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>When it was changed.</summary>
    public DateTimeOffset? DateModified { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of <c>POST /v3/orders/{id}/metafields</c>.</summary>
public sealed class CreateMetafieldRequest
{
    /// <summary>The namespace (required).</summary>
    public string Namespace { get; set; } = "";

    /// <summary>The key (required, unique per namespace and order).</summary>
    public string Key { get; set; } = "";

    /// <summary>The value (required).</summary>
    public string Value { get; set; } = "";

    /// <summary>Who may see it. Default <c>app_only</c>.</summary>
    public string PermissionSet { get; set; } = "app_only";

    /// <summary>Description.</summary>
    public string? Description { get; set; }
}

/// <summary>The body of <c>PUT /v3/orders/{id}/metafields/{metafield_id}</c>.</summary>
public sealed class UpdateMetafieldRequest
{
    /// <summary>The namespace; the spec's update body requires it (send the metafield's current one).</summary>
    public string? Namespace { get; set; }

    /// <summary>The key; the spec's update body requires it (send the metafield's current one).</summary>
    public string? Key { get; set; }

    /// <summary>The new value.</summary>
    public string? Value { get; set; }

    /// <summary>The new description.</summary>
    public string? Description { get; set; }

    /// <summary>The new permission set.</summary>
    public string? PermissionSet { get; set; }
}
