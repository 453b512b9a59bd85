using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>A webhook subscription (<c>/v3/hooks</c>).</summary>
public sealed class Webhook
{
    /// <summary>The hook id.</summary>
    public int Id { get; set; }

    /// <summary>The API client that owns it.</summary>
    public string? ClientId { get; set; }

    /// <summary>The store hash.</summary>
    public string? StoreHash { get; set; }

    /// <summary>The event scope, e.g. <c>store/order/statusUpdated</c> or <c>store/order/*</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>Where deliveries are POSTed.</summary>
    public string? Destination { get; set; }

    /// <summary>Custom headers sent with every delivery (the shared secret lives here).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    /// <summary>Whether it is active.</summary>
    public bool IsActive { get; set; }

    /// <summary>Created, Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Updated, Unix seconds.</summary>
    public long UpdatedAt { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of <c>POST /v3/hooks</c> and <c>PUT /v3/hooks/{id}</c>.</summary>
public sealed class WebhookRequest
{
    /// <summary>The event scope (required on create).</summary>
    public string? Scope { get; set; }

    /// <summary>The HTTPS destination (required on create).</summary>
    public string? Destination { get; set; }

    /// <summary>Whether it is active.</summary>
    public bool? IsActive { get; set; }

    /// <summary>Custom headers; put the receiver's shared secret here.</summary>
    public IDictionary<string, string>? Headers { get; set; }
}
