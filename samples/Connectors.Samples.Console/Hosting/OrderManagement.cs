using System.Collections.Concurrent;
using Connectors.Recipes.OrderToCash;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Hosting;

/// <summary>
/// Stands in for the host's own order management, warehouse, finance and reporting systems, which the
/// order-to-cash recipes (O2C-*) deliver to: it keeps what it received, so the checks can verify it.
/// A real host registers its own implementations of these four interfaces instead.
/// </summary>
public sealed class OrderManagement : IOrderSink, IReorderSink, IPaymentStateSink, ISalesReportSink
{
    /// <summary>Orders imported by O2C-1, in delivery order.</summary>
    public ConcurrentQueue<ImportedOrder> Orders { get; } = new();

    /// <summary>Reorders raised by O2C-2.</summary>
    public ConcurrentQueue<ReorderRequest> Reorders { get; } = new();

    /// <summary>Payment states mirrored by O2C-3.</summary>
    public ConcurrentQueue<PaymentState> Payments { get; } = new();

    /// <summary>Sales reports published by O2C-6, with the request's correlation id.</summary>
    public ConcurrentQueue<(SalesReport Report, string CorrelationId)> Reports { get; } = new();

    /// <inheritdoc />
    public ValueTask DeliverAsync(ImportedOrder order, CancellationToken cancellationToken = default)
    {
        Orders.Enqueue(order);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RaiseAsync(ReorderRequest reorder, CancellationToken cancellationToken = default)
    {
        Reorders.Enqueue(reorder);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask MirrorAsync(PaymentState state, CancellationToken cancellationToken = default)
    {
        Payments.Enqueue(state);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask PublishAsync(SalesReport report, string correlationId, CancellationToken cancellationToken = default)
    {
        Reports.Enqueue((report, correlationId));
        return ValueTask.CompletedTask;
    }
}

/// <summary>Registers <see cref="OrderManagement"/> as the host's four order-to-cash sinks.</summary>
public static class OrderManagementServiceCollectionExtensions
{
    /// <summary>Registers one <see cref="OrderManagement"/> behind <see cref="IOrderSink"/>, <see cref="IReorderSink"/>, <see cref="IPaymentStateSink"/> and <see cref="ISalesReportSink"/>.</summary>
    /// <param name="services">The services.</param>
    public static IServiceCollection AddOrderManagement(this IServiceCollection services)
    {
        services.AddSingleton<OrderManagement>();
        services.AddSingleton<IOrderSink>(sp => sp.GetRequiredService<OrderManagement>());
        services.AddSingleton<IReorderSink>(sp => sp.GetRequiredService<OrderManagement>());
        services.AddSingleton<IPaymentStateSink>(sp => sp.GetRequiredService<OrderManagement>());
        services.AddSingleton<ISalesReportSink>(sp => sp.GetRequiredService<OrderManagement>());
        return services;
    }
}
