using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>A customer (<c>/v3/customers</c>).</summary>
public sealed class Customer
{
    /// <summary>The customer id.</summary>
    public int Id { get; set; }

    /// <summary>Email.</summary>
    public string? Email { get; set; }

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    public string? LastName { get; set; }

    /// <summary>Company.</summary>
    public string? Company { get; set; }

    /// <summary>Phone.</summary>
    public string? Phone { get; set; }

    /// <summary>Merchant notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The customer group id; 0 for none.</summary>
    public int CustomerGroupId { get; set; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>When it was changed.</summary>
    public DateTimeOffset? DateModified { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A customer group (<c>/v2/customer_groups</c>).</summary>
public sealed class CustomerGroup
{
    /// <summary>The group id.</summary>
    public int Id { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>Whether new customers join it.</summary>
    public bool IsDefault { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Filters for listing customers. Every filter is optional.</summary>
public sealed class CustomerQuery
{
    /// <summary>Only these ids.</summary>
    public IReadOnlyCollection<int>? Ids { get; set; }

    /// <summary>Only these emails.</summary>
    public IReadOnlyCollection<string>? Emails { get; set; }

    /// <summary>Only these groups.</summary>
    public IReadOnlyCollection<int>? CustomerGroupIds { get; set; }

    /// <summary>Name contains.</summary>
    public string? NameLike { get; set; }

    /// <summary>Changed at or after.</summary>
    public DateTimeOffset? MinDateModified { get; set; }

    /// <summary>Changed at or before.</summary>
    public DateTimeOffset? MaxDateModified { get; set; }

    /// <summary>Sort, e.g. <c>date_modified:asc</c>.</summary>
    public string? Sort { get; set; }
}

/// <summary>A change to one customer (<c>PUT /v3/customers</c> takes up to 10); only set fields are sent.</summary>
public sealed class UpdateCustomerRequest
{
    /// <summary>The customer id (required).</summary>
    public int Id { get; set; }

    /// <summary>Email.</summary>
    public string? Email { get; set; }

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    public string? LastName { get; set; }

    /// <summary>Company.</summary>
    public string? Company { get; set; }

    /// <summary>Phone.</summary>
    public string? Phone { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The customer group, e.g. an "on hold" group.</summary>
    public int? CustomerGroupId { get; set; }
}
