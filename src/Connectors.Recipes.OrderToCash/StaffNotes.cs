using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>
/// The client sends the ambient correlation id as a header, but BigCommerce keeps no record of it, so status changes
/// also write it into the order's staff notes: BigCommerce's own internal field, never shown to the customer.
/// </summary>
internal static class StaffNotes
{
    public static string Append(string? existing, string line)
        => string.IsNullOrWhiteSpace(existing) ? line : existing.TrimEnd() + "\n" + line;

    public static async Task SetStatusAsync(BigCommerceClient client, int orderId, OrderStatus status, string note, CancellationToken cancellationToken)
    {
        var order = (await client.Orders.GetAsync(orderId, cancellationToken).ConfigureAwait(false)).Value;
        if (order.Status == status && order.StaffNotes?.Contains(note, StringComparison.Ordinal) == true)
        {
            return;
        }

        var request = new UpdateOrderRequest { Status = status, StaffNotes = Append(order.StaffNotes, note) };
        await client.Orders.UpdateAsync(orderId, request, cancellationToken).ConfigureAwait(false);
    }
}
