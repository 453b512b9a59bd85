using System.Globalization;
using System.Runtime.CompilerServices;
using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>The poll twin of BigCommerce order webhooks: orders modified since the checkpoint, as the webhook would deliver them.</summary>
public static class OrderPolling
{
    /// <summary>The event type poll twins produce (the same as the webhook's).</summary>
    public const string UpdatedScope = "store/order/updated";

    /// <summary>Lists the orders modified at or after <paramref name="since"/>, oldest change first, as webhook events.</summary>
    /// <param name="client">The store.</param>
    /// <param name="since">The checkpoint; every order when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the poll.</param>
    /// <returns>One <c>store/order/updated</c> event per order.</returns>
    public static async IAsyncEnumerable<BigCommerceWebhookEvent> ModifiedSinceAsync(
        BigCommerceClient client,
        DateTimeOffset? since,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var query = new OrderQuery { MinDateModified = since, Sort = "date_modified:asc" };
        await foreach (var order in client.Orders.ListAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ToEvent(client.StoreHash, order);
        }
    }

    /// <summary>The webhook event BigCommerce would send for a change of <paramref name="order"/>.</summary>
    /// <param name="storeHash">The store.</param>
    /// <param name="order">The order.</param>
    /// <returns>The event.</returns>
    public static BigCommerceWebhookEvent ToEvent(string storeHash, Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var modified = order.DateModified ?? order.DateCreated ?? DateTimeOffset.UnixEpoch;
        return new BigCommerceWebhookEvent
        {
            Scope = UpdatedScope,
            Producer = "stores/" + storeHash,
            CreatedAt = modified.ToUnixTimeSeconds(),
            Data = new WebhookEventData { Type = "order", Id = order.Id },
        };
    }

    /// <summary>
    /// The moment that orders events of one store: BigCommerce dates have whole seconds, so the order id is added as
    /// ticks (under a second) to keep two orders changed in the same second distinct and in id order.
    /// </summary>
    /// <param name="webhookEvent">The event.</param>
    /// <returns>The ordering time.</returns>
    public static DateTimeOffset OrderingTime(BigCommerceWebhookEvent webhookEvent)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        var id = webhookEvent.OrderId ?? 0;
        return webhookEvent.CreatedAtTime.AddTicks(id % TimeSpan.TicksPerSecond);
    }

    /// <summary>The ordering key of an order event: its store (every order of one store in order) or store + order.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="perStore">Whether one store's orders form one ordered stream.</param>
    /// <returns>The key.</returns>
    public static string Subject(BigCommerceWebhookEvent webhookEvent, bool perStore)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        var store = webhookEvent.StoreHash ?? webhookEvent.StoreId ?? "store";
        return perStore ? store : string.Create(CultureInfo.InvariantCulture, $"{store}/{webhookEvent.OrderId}");
    }
}
