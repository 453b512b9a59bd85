using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Recipes.OrderToCash;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderToCash.Tests;

/// <summary>The host's own systems, recorded in memory.</summary>
internal sealed class O2CSinks : IOrderSink, IReorderSink, IPaymentStateSink, ISalesReportSink
{
    public ConcurrentQueue<ImportedOrder> Orders { get; } = new();

    public ConcurrentQueue<ReorderRequest> Reorders { get; } = new();

    public ConcurrentQueue<PaymentState> Payments { get; } = new();

    public ConcurrentQueue<(SalesReport Report, string CorrelationId)> Reports { get; } = new();

    public ValueTask DeliverAsync(ImportedOrder order, CancellationToken cancellationToken = default)
    {
        Orders.Enqueue(order);
        return ValueTask.CompletedTask;
    }

    public ValueTask RaiseAsync(ReorderRequest reorder, CancellationToken cancellationToken = default)
    {
        Reorders.Enqueue(reorder);
        return ValueTask.CompletedTask;
    }

    public ValueTask MirrorAsync(PaymentState state, CancellationToken cancellationToken = default)
    {
        Payments.Enqueue(state);
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishAsync(SalesReport report, string correlationId, CancellationToken cancellationToken = default)
    {
        Reports.Enqueue((report, correlationId));
        return ValueTask.CompletedTask;
    }
}

internal static class O2C
{
    public static async Task<(RecipeTestHost Host, O2CSinks Sinks)> StartAsync(Action<ScenariosBuilder> recipes)
    {
        var sinks = new O2CSinks();
        var host = await RecipeTestHost.StartAsync(recipes, services => services
            .AddSingleton<IOrderSink>(sinks)
            .AddSingleton<IReorderSink>(sinks)
            .AddSingleton<IPaymentStateSink>(sinks)
            .AddSingleton<ISalesReportSink>(sinks));
        return (host, sinks);
    }

    /// <summary>Submits a host event (fresh envelope id each time, so a resubmission is a replay, not an inbox duplicate).</summary>
    public static async Task<SubmitResult> SubmitAsync<T>(RecipeTestHost host, string type, T payload, JsonTypeInfo<T> typeInfo, string correlationId, string? id = null)
    {
        var envelope = EventEnvelope.Create(id ?? Guid.NewGuid().ToString("N"), OrderToCashEvents.HostSource, type, payload, typeInfo) with
        {
            CorrelationId = correlationId,
        };
        var result = await host.Inbox.SubmitAsync(envelope);
        await host.IdleAsync();
        return result;
    }
}
