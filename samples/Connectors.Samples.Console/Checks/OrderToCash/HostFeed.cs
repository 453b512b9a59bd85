using System.Text.Json.Serialization.Metadata;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Samples.Hosting;
using Connectors.Scenarios;
using Connectors.Scenarios.Events;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Samples.Checks.OrderToCash;

/// <summary>What the host's own systems send to and receive from the order-to-cash recipes.</summary>
internal static class HostFeed
{
    public static OrderManagement Oms(this CatalogContext context) => context.Get<OrderManagement>();

    public static BigCommerceClient Store(this CatalogContext context) => context.Get<BigCommerceClient>();

    /// <summary>Submits a host event under a fresh envelope id (a resubmission is a replay, not an inbox duplicate) and waits.</summary>
    public static Task<SubmitResult> SubmitAsync<T>(this CatalogContext context, string type, T payload, JsonTypeInfo<T> typeInfo, string correlationId, CancellationToken cancellationToken)
    {
        var envelope = EventEnvelope.Create(Guid.NewGuid().ToString("N"), OrderToCashEvents.HostSource, type, payload, typeInfo) with { CorrelationId = correlationId };
        return context.SubmitAndWaitAsync(envelope, cancellationToken);
    }

    /// <summary>Creates an order in the store, as a shopper's checkout would.</summary>
    public static async Task<Order> NewOrderAsync(this CatalogContext context, OrderStatus status, int productId, int quantity, CancellationToken cancellationToken)
    {
        var request = new CreateOrderRequest
        {
            Status = status,
            BillingAddress = new OrderAddress { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", CountryIso2 = "GB" },
            Products = [new CreateOrderProduct { ProductId = productId, Quantity = quantity }],
        };
        return (await context.Store().Orders.CreateAsync(request, cancellationToken).ConfigureAwait(false)).Value;
    }
}
