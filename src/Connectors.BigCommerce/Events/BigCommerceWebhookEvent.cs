using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>
/// A webhook delivery: <c>{scope, store_id, data:{type, id, …}, hash, created_at, producer}</c>.
/// It carries ids only: fetch the resource (see <see cref="OrderService.GetAsync(BigCommerceWebhookEvent, CancellationToken)"/>).
/// </summary>
public sealed class BigCommerceWebhookEvent
{
    /// <summary>The event scope, e.g. <c>store/order/statusUpdated</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>The numeric store id.</summary>
    public string? StoreId { get; set; }

    /// <summary>What changed.</summary>
    public WebhookEventData? Data { get; set; }

    /// <summary>SHA-1 of the data; identical for duplicate deliveries of one event.</summary>
    public string? Hash { get; set; }

    /// <summary>When the event happened, Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary><c>stores/{store_hash}</c>.</summary>
    public string? Producer { get; set; }

    /// <summary>The store hash taken from <see cref="Producer"/>.</summary>
    [JsonIgnore]
    public string? StoreHash => Producer is { } p && p.StartsWith("stores/", StringComparison.Ordinal) ? p["stores/".Length..] : null;

    /// <summary>When the event happened.</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAtTime => DateTimeOffset.FromUnixTimeSeconds(CreatedAt);

    /// <summary>The order the event is about: the id of an order event, or <c>orderId</c> of a shipment event.</summary>
    [JsonIgnore]
    public int? OrderId => Data is null ? null : string.Equals(Data.Type, "order", StringComparison.OrdinalIgnoreCase) ? Data.Id : Data.OrderId;

    /// <summary>A key that is the same for every redelivery of this event, for de-duplication.</summary>
    [JsonIgnore]
    public string DeliveryKey => string.Create(CultureInfo.InvariantCulture, $"{StoreId}:{Scope}:{Data?.Id}:{CreatedAt}:{Hash}");
}

/// <summary>The <c>data</c> of a webhook delivery.</summary>
public sealed class WebhookEventData
{
    /// <summary><c>order</c>, <c>product</c>, <c>sku</c>, <c>customer</c>, <c>shipment</c>, …</summary>
    public string? Type { get; set; }

    /// <summary>The id of the resource.</summary>
    public int Id { get; set; }

    /// <summary>The order of a shipment event.</summary>
    [JsonPropertyName("orderId")]
    public int? OrderId { get; set; }

    /// <summary>The status change of <c>store/order/statusUpdated</c>.</summary>
    public WebhookStatusChange? Status { get; set; }

    /// <summary>The stock change of <c>store/product/inventory/updated</c> and <c>store/sku/inventory/updated</c>.</summary>
    public WebhookInventoryChange? Inventory { get; set; }

    /// <summary>The refund of <c>store/order/refund/created</c>.</summary>
    public WebhookRefund? Refund { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An order status change.</summary>
public sealed class WebhookStatusChange
{
    /// <summary>The status before.</summary>
    [JsonPropertyName("previous_status_id")]
    public OrderStatus Previous { get; set; }

    /// <summary>The status after.</summary>
    [JsonPropertyName("new_status_id")]
    public OrderStatus New { get; set; }
}

/// <summary>A stock change.</summary>
public sealed class WebhookInventoryChange
{
    /// <summary>The product id.</summary>
    public int ProductId { get; set; }

    /// <summary>The variant id (SKU events).</summary>
    public int? VariantId { get; set; }

    /// <summary><c>absolute</c> or <c>relative</c>.</summary>
    public string? Method { get; set; }

    /// <summary>The level or change.</summary>
    public int Value { get; set; }
}

/// <summary>A refund reference.</summary>
public sealed class WebhookRefund
{
    /// <summary>The refund id.</summary>
    public int RefundId { get; set; }
}
