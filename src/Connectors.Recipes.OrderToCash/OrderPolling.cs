using System.Globalization;
using System.Runtime.CompilerServices;
using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>The poll twin of BigCommerce order webhooks: orders modified since the checkpoint, as the webhook would deliver them.</summary>
public static class OrderPolling
{
    /// <summary>The event type poll twins produce (the same as the webhook's).</summary>
    public const string UpdatedScope = "store/order/updated";

    /// <summary>
    /// Lists the orders modified at or after <paramref name="since"/>, oldest change first, as webhook events.
    /// BigCommerce dates have whole seconds, so the orders of one second come in id order.
    /// </summary>
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
        var second = new List<BigCommerceWebhookEvent>();
        await foreach (var order in client.Orders.ListAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var e = ToEvent(client.StoreHash, order);
            if (second.Count > 0 && second[0].CreatedAt != e.CreatedAt)
            {
                foreach (var ready in second.OrderBy(x => x.OrderId))
                {
                    yield return ready;
                }

                second.Clear();
            }

            second.Add(e);
        }

        foreach (var ready in second.OrderBy(x => x.OrderId))
        {
            yield return ready;
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
    /// What identifies one change of an order for the poll trigger: the order and its modified second. Two orders of
    /// one store changed in the same second stay two events under a per-store subject.
    /// </summary>
    /// <param name="webhookEvent">The event.</param>
    /// <returns>The change id.</returns>
    public static string ChangeId(BigCommerceWebhookEvent webhookEvent)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return string.Create(CultureInfo.InvariantCulture, $"{webhookEvent.OrderId}@{webhookEvent.CreatedAt}");
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
