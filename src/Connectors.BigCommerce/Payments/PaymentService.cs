using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>Transactions and refunds of orders (v3).</summary>
public class PaymentService
{
    private readonly ApiConnection _api;

    internal PaymentService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected PaymentService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Lists an order's transactions (empty when it has none). The API documents no paging here: one request.</summary>
    /// <param name="orderId">The order id.</param>
    public virtual AsyncPageable<Transaction> ListTransactionsAsync(int orderId)
        => Lists.V3Single(_api, () => ApiRequest.Get(BigCommerceRoutes.Transactions(orderId)), Json.V3CollectionTransaction);

    /// <summary>Prices a refund and lists the ways to pay it back. Safe to retry: it changes nothing.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="request">What to refund.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<RefundQuote>> CreateRefundQuoteAsync(int orderId, RefundQuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var api = ApiRequest.Post(BigCommerceRoutes.RefundQuotes(orderId)).WithJson(RefundRequestWire.From(request), Json.RefundRequestWire).MarkIdempotent();
        return Envelopes.Unwrap(await _api.SendAsync(api, Json.V3EnvelopeRefundQuote, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Creates a refund. Never retried: a resent refund could pay twice.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="request">Items and payments (take them from a quote).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Refund>> CreateRefundAsync(int orderId, CreateRefundRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var api = ApiRequest.Post(BigCommerceRoutes.OrderRefunds(orderId)).WithJson(RefundRequestWire.From(request), Json.RefundRequestWire);
        return Envelopes.Unwrap(await _api.SendAsync(api, Json.V3EnvelopeRefund, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Lists an order's refunds. The API documents no paging here: one request.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="transactionId">Only the refund of this payment transaction (<c>transaction_id</c>); null for all.</param>
    public virtual AsyncPageable<Refund> ListRefundsAsync(int orderId, string? transactionId = null)
        => Lists.V3Single(_api, () => ApiRequest.Get(BigCommerceRoutes.OrderRefunds(orderId)).WithQuery("transaction_id", transactionId), Json.V3CollectionRefund);

    /// <summary>Lists refunds across orders.</summary>
    /// <param name="orderIds">Only refunds of these orders; null for all.</param>
    /// <param name="transactionId">Only the refund of this payment transaction (<c>transaction_id</c>); null for all.</param>
    public virtual AsyncPageable<Refund> ListAllRefundsAsync(IReadOnlyCollection<int>? orderIds = null, string? transactionId = null)
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.AllRefunds)
            .WithQuery("order_id:in", orderIds is { Count: > 0 } ? Lists.Csv(orderIds) : null)
            .WithQuery("transaction_id", transactionId), Json.V3CollectionRefund);
}
