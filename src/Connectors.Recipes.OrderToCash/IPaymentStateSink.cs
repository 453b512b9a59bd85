using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-3: the host's copy of each order's payment state (finance, OMS). Register your implementation in DI.</summary>
public interface IPaymentStateSink
{
    /// <summary>Receives an order's payment state; called once per order id + latest transaction id.</summary>
    /// <param name="state">The state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    ValueTask MirrorAsync(PaymentState state, CancellationToken cancellationToken = default);
}

/// <summary>O2C-3: an order's payment state as of its latest transaction.</summary>
public sealed class PaymentState
{
    /// <summary>The store.</summary>
    public required string StoreHash { get; init; }

    /// <summary>The order id.</summary>
    public required int OrderId { get; init; }

    /// <summary>The order status.</summary>
    public required OrderStatus OrderStatus { get; init; }

    /// <summary>BigCommerce's payment status, e.g. <c>captured</c>, <c>partially refunded</c>, <c>refunded</c>.</summary>
    public required string? PaymentStatus { get; init; }

    /// <summary>The order total (including tax).</summary>
    public required decimal Total { get; init; }

    /// <summary>The amount refunded so far.</summary>
    public required decimal RefundedAmount { get; init; }

    /// <summary>The currency.</summary>
    public required string? Currency { get; init; }

    /// <summary>Every transaction of the order, oldest first.</summary>
    public required IReadOnlyList<Transaction> Transactions { get; init; }

    /// <summary>The transaction this state is as of; part of the idempotency key.</summary>
    public int LatestTransactionId => Transactions.Count == 0 ? 0 : Transactions.Max(t => t.Id);

    /// <summary>The correlation id of the triggering event.</summary>
    public required string CorrelationId { get; init; }
}
