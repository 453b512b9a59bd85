using System.Globalization;
using Connectors.BigCommerce;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-1: every new or changed BigCommerce order is delivered once to the host's OMS (<see cref="IOrderSink"/>).</summary>
public static class OrderImportRecipe
{
    /// <summary>
    /// Adds O2C-1: order created/updated webhooks plus a checkpointed poll twin → full order (lines, addresses,
    /// payment) → <see cref="IOrderSink"/>, once per store + order id + date_modified, in order per store.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts <see cref="OrderImportOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderImport(this ScenariosBuilder builder, Action<OrderImportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new OrderImportOptions();
        configure?.Invoke(options);
        options.Validate();
        var json = OrderToCashJsonContext.Default.BigCommerceWebhookEvent;

        var poll = Trigger.Poll(
            options.PollerName,
            OrderToCashEvents.BigCommerceSource,
            OrderPolling.UpdatedScope,
            json,
            (services, since, ct) => OrderPolling.ModifiedSinceAsync(options.Client(services), since, ct),
            e => OrderPolling.Subject(e, options.OrderPerStore),
            e => e.CreatedAtTime,
            options.PollInterval,
            OrderPolling.ChangeId);

        return builder.AddScenario(OrderImportOptions.ScenarioName, s => s
            .From(
                Trigger.Webhook(OrderToCashEvents.BigCommerceSource, "store/order/created", json),
                Trigger.Webhook(OrderToCashEvents.BigCommerceSource, OrderPolling.UpdatedScope, json),
                poll)
            .Where(e => e.OrderId is not null)
            .Enrich("read-order", (e, step, ct) => ReadAsync(options, e, step, ct))
            .Where(o => options.Statuses.Contains(o.Order.Status))
            .Then("deliver", o => o.ImportKey, (o, step, ct) => step.Services.GetRequiredService<IOrderSink>().DeliverAsync(o, ct)));
    }

    /// <summary>The idempotency key of one order version: store + order id + date_modified.</summary>
    /// <param name="storeHash">The store.</param>
    /// <param name="order">The order.</param>
    /// <returns>The key.</returns>
    public static string ImportKey(string storeHash, Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var modified = (order.DateModified ?? order.DateCreated ?? DateTimeOffset.UnixEpoch).ToUniversalTime();
        return string.Create(CultureInfo.InvariantCulture, $"{storeHash}/{order.Id}/{modified:yyyy-MM-ddTHH:mm:ssZ}");
    }

    private static async ValueTask<ImportedOrder> ReadAsync(OrderImportOptions options, BigCommerceWebhookEvent e, StepContext step, CancellationToken cancellationToken)
    {
        var client = options.Client(step.Services);
        var order = (await client.Orders.GetAsync(e.OrderId!.Value, cancellationToken).ConfigureAwait(false)).Value;
        var lines = await client.Orders.ListProductsAsync(order.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var addresses = await client.Orders.ListShippingAddressesAsync(order.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Transaction> transactions = options.IncludeTransactions
            ? await client.Payments.ListTransactionsAsync(order.Id).ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        var store = e.StoreHash ?? client.StoreHash;
        return new ImportedOrder
        {
            StoreHash = store,
            Order = order,
            Lines = lines,
            ShippingAddresses = addresses,
            Transactions = transactions,
            ImportKey = ImportKey(store, order),
            CorrelationId = step.CorrelationId,
        };
    }
}
