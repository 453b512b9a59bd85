using Connectors.BigCommerce;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Order-level refunds through the refund quote → refund API, made at most once per reason.</summary>
internal static class OrderRefunds
{
    /// <summary>
    /// Refunds <paramref name="amount"/> (what is left to refund when <see langword="null"/>, never more) unless a refund
    /// with the same <paramref name="reason"/> exists: the reason names the case, so a crash between the refund and
    /// the journal does not refund twice. Returns the amount refunded now (0 when nothing was left or it was done).
    /// </summary>
    public static async ValueTask<decimal> RefundAsync(StepContext step, int orderId, decimal? amount, string reason, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        await foreach (var existing in client.Payments.ListRefundsAsync(orderId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(existing.Reason, reason, StringComparison.Ordinal))
            {
                // Made by an earlier attempt whose response was lost: report what it refunded, as the first attempt would have.
                return existing.TotalAmount;
            }
        }

        var order = (await client.Orders.GetAsync(orderId, cancellationToken).ConfigureAwait(false)).Value;
        var left = order.TotalIncTax - order.RefundedAmount;
        var value = Math.Round(Math.Min(amount ?? left, left), 2);
        if (value <= 0)
        {
            return 0m;
        }

        var items = new List<RefundItem> { RefundItem.OrderAmount(orderId, value, reason) };
        var quote = (await client.Payments.CreateRefundQuoteAsync(orderId, new RefundQuoteRequest { Items = items }, cancellationToken).ConfigureAwait(false)).Value;
        var method = quote.RefundMethods.FirstOrDefault(m => m.Count > 0)
            ?? throw new ScenarioException($"Order {orderId} offers no refund method for {value:0.00}.");
        await client.Payments.CreateRefundAsync(orderId, new CreateRefundRequest
        {
            Items = items,
            Payments = method.Select(p => new RefundPayment { ProviderId = p.ProviderId, Amount = p.Amount, Offline = p.Offline }).ToList(),
        }, cancellationToken).ConfigureAwait(false);
        return value;
    }
}
