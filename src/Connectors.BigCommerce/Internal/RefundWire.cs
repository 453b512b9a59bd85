namespace Connectors.BigCommerce;

/// <summary>
/// The refund bodies as the spec's requests document them: a payment carries only <c>provider_id</c>,
/// <c>amount</c>, <c>offline</c> (a quote's payment also has a description and the offline reason), and the
/// items/payments form and the tax-adjustment form are not mixed.
/// </summary>
internal sealed class RefundRequestWire
{
    public List<RefundItem>? Items { get; set; }

    public List<RefundPaymentWire>? Payments { get; set; }

    public decimal? TaxAdjustmentAmount { get; set; }

    public RefundMerchantOverride? MerchantCalculatedOverride { get; set; }

    public static RefundRequestWire From(CreateRefundRequest request) => new()
    {
        Items = request.TaxAdjustmentAmount is null || request.Items.Count > 0 ? [.. request.Items] : null,
        Payments = request.TaxAdjustmentAmount is null || request.Payments.Count > 0
            ? [.. request.Payments.Select(p => new RefundPaymentWire { ProviderId = p.ProviderId, Amount = p.Amount, Offline = p.Offline })]
            : null,
        TaxAdjustmentAmount = request.TaxAdjustmentAmount,
        MerchantCalculatedOverride = request.MerchantCalculatedOverride,
    };

    public static RefundRequestWire From(RefundQuoteRequest request) => new()
    {
        Items = request.TaxAdjustmentAmount is null || request.Items.Count > 0 ? [.. request.Items] : null,
        TaxAdjustmentAmount = request.TaxAdjustmentAmount,
    };
}

internal sealed class RefundPaymentWire
{
    public string ProviderId { get; set; } = "";

    public decimal Amount { get; set; }

    public bool Offline { get; set; }
}
