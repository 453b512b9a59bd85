using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-1: the host's order-management system, where imported orders go. Register your implementation in DI.</summary>
public interface IOrderSink
{
    /// <summary>Receives one version of an order. Called once per store + order id + date_modified, in order per store.</summary>
    /// <param name="order">The order with lines, addresses and payment.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when the OMS has the order.</returns>
    ValueTask DeliverAsync(ImportedOrder order, CancellationToken cancellationToken = default);
}

/// <summary>O2C-1: one version of an order as the OMS receives it.</summary>
public sealed class ImportedOrder
{
    /// <summary>The store the order belongs to.</summary>
    public required string StoreHash { get; init; }

    /// <summary>The order.</summary>
    public required Order Order { get; init; }

    /// <summary>The product lines.</summary>
    public required IReadOnlyList<OrderProduct> Lines { get; init; }

    /// <summary>The shipping addresses.</summary>
    public required IReadOnlyList<OrderShippingAddress> ShippingAddresses { get; init; }

    /// <summary>The payment transactions (empty when the recipe does not read them).</summary>
    public required IReadOnlyList<Transaction> Transactions { get; init; }

    /// <summary>Store + order id + date_modified: the OMS can use it to drop a version it already has.</summary>
    public required string ImportKey { get; init; }

    /// <summary>The correlation id of the triggering event.</summary>
    public required string CorrelationId { get; init; }
}
