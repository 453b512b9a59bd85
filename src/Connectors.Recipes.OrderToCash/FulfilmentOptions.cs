using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-4 options: carrier mapping, statuses and what the customer sees on the shipment.</summary>
public sealed class FulfilmentOptions : OrderToCashOptions
{
    /// <summary>The scenario name (the catalog id).</summary>
    public const string ScenarioName = "O2C-4";

    /// <summary>3PL carrier codes mapped to BigCommerce's shipping provider and tracking carrier (case-insensitive).</summary>
    public IDictionary<string, CarrierMapping> Carriers { get; } = new Dictionary<string, CarrierMapping>(StringComparer.OrdinalIgnoreCase)
    {
        ["UPS"] = new("ups", "ups"),
        ["FEDEX"] = new("fedex", "fedex"),
        ["USPS"] = new("usps", "usps"),
        ["DHL"] = new("", "dhl"),
    };

    /// <summary>Whether a carrier missing from <see cref="Carriers"/> is an error (dead letter) rather than sent as a tracking carrier as is.</summary>
    public bool RejectUnknownCarriers { get; set; }

    /// <summary>The status when every unit has shipped.</summary>
    public OrderStatus ShippedStatus { get; set; } = OrderStatus.Shipped;

    /// <summary>The status when some units have shipped.</summary>
    public OrderStatus PartiallyShippedStatus { get; set; } = OrderStatus.PartiallyShipped;

    /// <summary>
    /// The shipment comment the customer sees; <c>{carrier}</c> and <c>{tracking}</c> are replaced. The 3PL's
    /// internal notes are never sent. Empty for no comment.
    /// </summary>
    public string CustomerComment { get; set; } = "Shipped with {carrier}, tracking number {tracking}.";

    /// <inheritdoc />
    protected override IEnumerable<string> Check()
    {
        if (!ShippedStatus.IsKnown || !PartiallyShippedStatus.IsKnown)
        {
            yield return "ShippedStatus and PartiallyShippedStatus must be BigCommerce order statuses.";
        }

        if (Carriers.Values.Any(c => c is null || string.IsNullOrWhiteSpace(c.TrackingCarrier)))
        {
            yield return "Every carrier mapping needs a tracking carrier.";
        }
    }
}

/// <summary>How one 3PL carrier appears on a BigCommerce shipment.</summary>
/// <param name="ShippingProvider">BigCommerce's <c>shipping_provider</c> (may be empty).</param>
/// <param name="TrackingCarrier">BigCommerce's <c>tracking_carrier</c>.</param>
public sealed record CarrierMapping(string ShippingProvider, string TrackingCarrier);
