using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>What to refund: a product line by quantity, or shipping/handling/order level by amount.</summary>
public sealed class RefundItem
{
    /// <summary><c>PRODUCT</c>, <c>SHIPPING</c>, <c>HANDLING</c>, <c>ORDER</c>, …</summary>
    public string ItemType { get; set; } = "PRODUCT";

    /// <summary>The order product id, shipping address id or order id, by <see cref="ItemType"/>.</summary>
    public int ItemId { get; set; }

    /// <summary>Quantity, for products.</summary>
    public int? Quantity { get; set; }

    /// <summary>Amount, for shipping, handling or order-level refunds.</summary>
    public decimal? Amount { get; set; }

    /// <summary>Reason.</summary>
    public string? Reason { get; set; }

    /// <summary>Deductions from a product line's refund (each a negative amount, e.g. a restocking fee).</summary>
    public IList<RefundItemAdjustment>? Adjustments { get; set; }

    /// <summary>The amount asked for this item (refund responses only).</summary>
    [JsonInclude]
    public decimal? RequestedAmount { get; internal set; }

    /// <summary>Builds a product line refund.</summary>
    /// <param name="orderProductId">The order product id.</param>
    /// <param name="quantity">How many.</param>
    public static RefundItem Product(int orderProductId, int quantity) => new() { ItemType = "PRODUCT", ItemId = orderProductId, Quantity = quantity };

    /// <summary>Builds an order-level refund of an amount.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="reason">Why.</param>
    public static RefundItem OrderAmount(int orderId, decimal amount, string? reason = null) => new() { ItemType = "ORDER", ItemId = orderId, Amount = amount, Reason = reason };
}

/// <summary>A deduction from a product line's refund.</summary>
public sealed class RefundItemAdjustment
{
    /// <summary>The amount; negative (the spec requires it below zero).</summary>
    public decimal Amount { get; set; }

    /// <summary>What it is for, e.g. <c>Restocking fee</c>.</summary>
    public string? Description { get; set; }
}

/// <summary>Refund totals the merchant calculated, overriding BigCommerce's (<c>merchant_calculated_override</c>).</summary>
public sealed class RefundMerchantOverride
{
    /// <summary>The total to refund.</summary>
    public decimal TotalAmount { get; set; }

    /// <summary>The tax part of it.</summary>
    public decimal TotalTax { get; set; }
}

/// <summary>
/// The body of <c>POST /v3/orders/{id}/payment_actions/refund_quotes</c>: items, or a tax adjustment amount
/// (the spec's two forms; set one of them).
/// </summary>
public sealed class RefundQuoteRequest
{
    /// <summary>What to refund.</summary>
    public IList<RefundItem> Items { get; set; } = [];

    /// <summary>A tax-only refund amount, instead of <see cref="Items"/>.</summary>
    public decimal? TaxAdjustmentAmount { get; set; }
}

/// <summary>A refund quote: the amount and the ways it can be paid back.</summary>
public sealed class RefundQuote
{
    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The total refund amount.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalRefundAmount { get; set; }

    /// <summary>The tax part.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalRefundTaxAmount { get; set; }

    /// <summary>The order-level part of the amount.</summary>
    public decimal? OrderLevelRefundAmount { get; set; }

    /// <summary>Rounding applied.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Rounding { get; set; }

    /// <summary>Adjustment applied.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Adjustment { get; set; }

    /// <summary>Whether the total includes tax.</summary>
    public bool TaxInclusive { get; set; }

    /// <summary>The refund methods; each is a list of payments that together make the amount.</summary>
    public IReadOnlyList<IReadOnlyList<RefundPayment>> RefundMethods { get; set; } = [];

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A payment back to the customer: one provider and an amount.</summary>
public sealed class RefundPayment
{
    /// <summary>The refund payment id (responses only).</summary>
    public int? Id { get; set; }

    /// <summary>The provider, e.g. <c>storecredit</c>, <c>custom</c>, a gateway id.</summary>
    public string ProviderId { get; set; } = "";

    /// <summary>The provider's description (quotes only).</summary>
    public string? ProviderDescription { get; set; }

    /// <summary>The amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>Whether the refund happens outside BigCommerce.</summary>
    public bool Offline { get; set; }

    /// <summary>Whether the provider can only refund offline (quotes only).</summary>
    public bool? OfflineProvider { get; set; }

    /// <summary>Why the provider can only refund offline (quotes only).</summary>
    public string? OfflineReason { get; set; }

    /// <summary>Whether the provider declined it (responses only).</summary>
    public bool? IsDeclined { get; set; }

    /// <summary>The provider's message when it declined (responses only).</summary>
    public string? DeclinedMessage { get; set; }

    /// <summary>The payment transaction of the refund (responses only).</summary>
    public string? TransactionId { get; set; }
}

/// <summary>
/// The body of <c>POST /v3/orders/{id}/payment_actions/refunds</c>: items and payments (take them from a
/// <see cref="RefundQuote"/>), or a tax adjustment amount. Only what the spec's request documents is sent of
/// each payment: provider, amount, offline.
/// </summary>
public sealed class CreateRefundRequest
{
    /// <summary>What to refund.</summary>
    public IList<RefundItem> Items { get; set; } = [];

    /// <summary>How it is paid back; the amounts must add up to the quote's total.</summary>
    public IList<RefundPayment> Payments { get; set; } = [];

    /// <summary>A tax-only refund amount, instead of <see cref="Items"/> and <see cref="Payments"/>.</summary>
    public decimal? TaxAdjustmentAmount { get; set; }

    /// <summary>Totals the merchant calculated, overriding BigCommerce's.</summary>
    public RefundMerchantOverride? MerchantCalculatedOverride { get; set; }
}

/// <summary>A refund (<c>/v3/orders/{id}/payment_actions/refunds</c>).</summary>
public sealed class Refund
{
    /// <summary>The refund id.</summary>
    public int Id { get; set; }

    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The user who created it.</summary>
    public int UserId { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? Created { get; set; }

    /// <summary>Reason.</summary>
    public string? Reason { get; set; }

    /// <summary>The total amount.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalAmount { get; set; }

    /// <summary>The tax refunded.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal TotalTax { get; set; }

    /// <summary>Whether amounts were set by a merchant override.</summary>
    public bool UsesMerchantOverrideValues { get; set; }

    /// <summary>The payments back to the customer.</summary>
    public IReadOnlyList<RefundPayment> Payments { get; set; } = [];

    /// <summary>What was refunded.</summary>
    public IReadOnlyList<RefundItem> Items { get; set; } = [];

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
