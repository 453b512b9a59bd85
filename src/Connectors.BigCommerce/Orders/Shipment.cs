using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>A shipment of an order (<c>/v2/orders/{id}/shipments</c>).</summary>
public sealed class Shipment
{
    /// <summary>The shipment id.</summary>
    public int Id { get; set; }

    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The shipping address id.</summary>
    public int OrderAddressId { get; set; }

    /// <summary>When it was created.</summary>
    [JsonConverter(typeof(Rfc2822DateTimeOffsetConverter))]
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>The tracking number.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>The merchant's shipping cost.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal MerchantShippingCost { get; set; }

    /// <summary>The shipping method.</summary>
    public string? ShippingMethod { get; set; }

    /// <summary>Comments.</summary>
    public string? Comments { get; set; }

    /// <summary>The provider, e.g. <c>ups</c>, <c>fedex</c>, <c>usps</c>, or <c>""</c>.</summary>
    public string? ShippingProvider { get; set; }

    /// <summary>The AfterShip carrier slug.</summary>
    public string? TrackingCarrier { get; set; }

    /// <summary>A custom tracking link.</summary>
    public string? TrackingLink { get; set; }

    /// <summary>The tracking link BigCommerce generated.</summary>
    public string? GeneratedTrackingLink { get; set; }

    /// <summary>The billing address.</summary>
    public OrderAddress? BillingAddress { get; set; }

    /// <summary>The shipping address.</summary>
    public OrderAddress? ShippingAddress { get; set; }

    /// <summary>What was shipped.</summary>
    public IReadOnlyList<ShipmentItem> Items { get; set; } = [];

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A line of a shipment.</summary>
public sealed class ShipmentItem
{
    /// <summary>The order product (line) id.</summary>
    public int OrderProductId { get; set; }

    /// <summary>The product id (read only: the API reports it, a new shipment does not send it).</summary>
    [JsonInclude]
    public int? ProductId { get; internal set; }

    /// <summary>Quantity shipped.</summary>
    public int Quantity { get; set; }
}

/// <summary>The body of <c>POST /v2/orders/{id}/shipments</c>.</summary>
public sealed class CreateShipmentRequest
{
    /// <summary>The shipping address id (required).</summary>
    public int OrderAddressId { get; set; }

    /// <summary>The lines to ship (required).</summary>
    public IList<ShipmentItem> Items { get; set; } = [];

    /// <summary>Tracking number.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>Provider, e.g. <c>ups</c>.</summary>
    public string? ShippingProvider { get; set; }

    /// <summary>AfterShip carrier slug.</summary>
    public string? TrackingCarrier { get; set; }

    /// <summary>Custom tracking link.</summary>
    public string? TrackingLink { get; set; }

    /// <summary>Shipping method.</summary>
    public string? ShippingMethod { get; set; }

    /// <summary>Comments.</summary>
    public string? Comments { get; set; }
}

/// <summary>The body of <c>PUT /v2/orders/{id}/shipments/{shipment_id}</c>: only set fields are sent.</summary>
public sealed class UpdateShipmentRequest
{
    /// <summary>Tracking number.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>Provider.</summary>
    public string? ShippingProvider { get; set; }

    /// <summary>AfterShip carrier slug.</summary>
    public string? TrackingCarrier { get; set; }

    /// <summary>Custom tracking link.</summary>
    public string? TrackingLink { get; set; }

    /// <summary>Comments.</summary>
    public string? Comments { get; set; }
}
