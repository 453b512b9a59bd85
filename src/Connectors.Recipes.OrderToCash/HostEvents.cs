namespace Connectors.Recipes.OrderToCash;

/// <summary>The event source and types the host uses to feed the order-to-cash recipes through <c>IScenarioInbox</c>.</summary>
public static class OrderToCashEvents
{
    /// <summary>The source of every host-fed event: <c>host</c>.</summary>
    public const string HostSource = "host";

    /// <summary>O2C-2: the inventory source reports a SKU's stock level.</summary>
    public const string StockLevelReported = "inventory.stock-level-reported";

    /// <summary>O2C-3: the host (returns desk, OMS) asks for a refund.</summary>
    public const string RefundRequested = "payments.refund-requested";

    /// <summary>O2C-4: the 3PL or warehouse confirms a shipment.</summary>
    public const string ShipmentConfirmed = "fulfilment.shipment-confirmed";

    /// <summary>O2C-5: the carrier reports a parcel delivered.</summary>
    public const string ParcelDelivered = "carrier.parcel-delivered";

    /// <summary>O2C-6: a sales report is asked for (a schedule or a person).</summary>
    public const string SalesReportRequested = "analytics.sales-report-requested";

    /// <summary>The BigCommerce source name webhook deliveries are submitted under.</summary>
    public const string BigCommerceSource = "bigcommerce";
}

/// <summary>O2C-2: a stock level from the host's inventory source (the source of truth).</summary>
public sealed class StockLevelReported
{
    /// <summary>The SKU (product or variant).</summary>
    public string Sku { get; set; } = "";

    /// <summary>The quantity on hand the source reports.</summary>
    public int Quantity { get; set; }

    /// <summary>The source's version of this level (a sequence number, etag or timestamp); part of the idempotency key.</summary>
    public string Version { get; set; } = "";

    /// <summary>The BigCommerce location; the recipe's default location when <see langword="null"/>.</summary>
    public int? LocationId { get; set; }
}

/// <summary>O2C-2: what the stock sync step did (journaled, so a replay sees the level before the sync).</summary>
public sealed class StockSyncResult
{
    /// <summary>The SKU.</summary>
    public string Sku { get; set; } = "";

    /// <summary>The source version applied.</summary>
    public string Version { get; set; } = "";

    /// <summary>The level in BigCommerce before the sync.</summary>
    public int Previous { get; set; }

    /// <summary>The level after the sync.</summary>
    public int Current { get; set; }

    /// <summary>The BigCommerce adjustment transaction id.</summary>
    public string? TransactionId { get; set; }
}

/// <summary>O2C-3: the host asks for a refund of lines or an amount.</summary>
public sealed class RefundRequested
{
    /// <summary>The host's id of the request (its refund transaction id); part of the idempotency key.</summary>
    public string RequestId { get; set; } = "";

    /// <summary>The BigCommerce order id.</summary>
    public int OrderId { get; set; }

    /// <summary>Lines to refund; when empty, <see cref="Amount"/> is refunded on the order.</summary>
    public IList<RefundLine> Lines { get; set; } = [];

    /// <summary>An amount to refund on the order when no lines are given.</summary>
    public decimal? Amount { get; set; }

    /// <summary>The reason the customer sees on the refund.</summary>
    public string? Reason { get; set; }
}

/// <summary>A line to refund.</summary>
public sealed class RefundLine
{
    /// <summary>The order product id (line id).</summary>
    public int OrderProductId { get; set; }

    /// <summary>How many units.</summary>
    public int Quantity { get; set; }
}

/// <summary>O2C-3: the refund BigCommerce created (journaled).</summary>
public sealed class RefundIssued
{
    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The BigCommerce refund id.</summary>
    public int RefundId { get; set; }

    /// <summary>The amount refunded.</summary>
    public decimal Amount { get; set; }

    /// <summary>The payment provider refunded through.</summary>
    public string ProviderId { get; set; } = "";
}

/// <summary>O2C-4: the 3PL or warehouse confirms that a parcel left.</summary>
public sealed class ShipmentConfirmed
{
    /// <summary>The BigCommerce order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The carrier's tracking number; part of the idempotency key.</summary>
    public string TrackingNumber { get; set; } = "";

    /// <summary>The 3PL's carrier code (mapped through the recipe's carrier table).</summary>
    public string Carrier { get; set; } = "";

    /// <summary>The shipping method, e.g. <c>Ground</c>.</summary>
    public string? ShippingMethod { get; set; }

    /// <summary>What is in the parcel by SKU; every unshipped unit when empty.</summary>
    public IList<ShippedLine> Lines { get; set; } = [];

    /// <summary>The warehouse's internal notes: never sent to BigCommerce.</summary>
    public string? InternalNotes { get; set; }
}

/// <summary>Units of one SKU in a parcel.</summary>
public sealed class ShippedLine
{
    /// <summary>The SKU.</summary>
    public string Sku { get; set; } = "";

    /// <summary>How many units.</summary>
    public int Quantity { get; set; }
}

/// <summary>O2C-4: the shipment created in BigCommerce (journaled).</summary>
public sealed class ShipmentRecorded
{
    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The BigCommerce shipment id.</summary>
    public int ShipmentId { get; set; }

    /// <summary>The tracking number.</summary>
    public string TrackingNumber { get; set; } = "";
}

/// <summary>O2C-5: the carrier reports a parcel delivered.</summary>
public sealed class ParcelDelivered
{
    /// <summary>The BigCommerce order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The tracking number.</summary>
    public string TrackingNumber { get; set; } = "";

    /// <summary>When the carrier delivered it.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }
}

/// <summary>O2C-6: a request for a sales report over a range of order creation dates.</summary>
public sealed class SalesReportRequested
{
    /// <summary>Start of the range (inclusive).</summary>
    public DateTimeOffset From { get; set; }

    /// <summary>End of the range (exclusive).</summary>
    public DateTimeOffset To { get; set; }
}
