using System.Globalization;
using Connectors.BigCommerce;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-3: payment state mirrored to the host; refunds the host asks for issued through the refunds API.</summary>
public static class PaymentRecipe
{
    /// <summary>
    /// Adds O2C-3 as two scenarios: <c>O2C-3</c> (refund/order webhooks plus a poll twin → the order's transactions →
    /// <see cref="IPaymentStateSink"/>, once per order id + transaction id) and <c>O2C-3.refund</c>
    /// (<see cref="RefundRequested"/> from the host → refund quote → refund, once per order id + request id). The
    /// refund's own transaction then flows back to the host through the mirror.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts <see cref="PaymentOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPaymentsAndRefunds(this ScenariosBuilder builder, Action<PaymentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PaymentOptions();
        configure?.Invoke(options);
        options.Validate();
        var json = OrderToCashJsonContext.Default;

        var poll = Trigger.Poll(
            options.PollerName,
            OrderToCashEvents.BigCommerceSource,
            OrderPolling.UpdatedScope,
            json.BigCommerceWebhookEvent,
            (services, since, ct) => OrderPolling.ModifiedSinceAsync(options.Client(services), since, ct),
            e => OrderPolling.Subject(e, perStore: false),
            e => e.CreatedAtTime,
            options.PollInterval,
            OrderPolling.ChangeId);

        builder.AddScenario(PaymentOptions.ScenarioName, s => s
            .From(
                Trigger.Webhook(OrderToCashEvents.BigCommerceSource, "store/order/refund/created", json.BigCommerceWebhookEvent),
                Trigger.Webhook(OrderToCashEvents.BigCommerceSource, OrderPolling.UpdatedScope, json.BigCommerceWebhookEvent),
                poll)
            .Where(e => e.OrderId is not null)
            .Enrich("read-payments", (e, step, ct) => ReadStateAsync(options, e, step, ct))
            .Where(state => state.Transactions.Count > 0)
            .Then(
                "mirror-payment",
                state => string.Create(CultureInfo.InvariantCulture, $"{state.OrderId}/{state.LatestTransactionId}"),
                (state, step, ct) => step.Services.GetRequiredService<IPaymentStateSink>().MirrorAsync(state, ct)));

        return builder.AddScenario(PaymentOptions.RefundScenarioName, s => s
            .From(Trigger.Webhook(OrderToCashEvents.HostSource, OrderToCashEvents.RefundRequested, json.RefundRequested))
            .Map(r => Validated(options, r))
            .Then(
                "issue-refund",
                r => string.Create(CultureInfo.InvariantCulture, $"{r.OrderId}/{r.RequestId}"),
                (r, step, ct) => IssueRefundAsync(options, r, step, ct),
                json.RefundIssued));
    }

    private static async ValueTask<PaymentState> ReadStateAsync(PaymentOptions options, BigCommerceWebhookEvent e, StepContext step, CancellationToken cancellationToken)
    {
        var client = options.Client(step.Services);
        var order = (await client.Orders.GetAsync(e.OrderId!.Value, cancellationToken).ConfigureAwait(false)).Value;
        var transactions = await client.Payments.ListTransactionsAsync(order.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PaymentState
        {
            StoreHash = e.StoreHash ?? client.StoreHash,
            OrderId = order.Id,
            OrderStatus = order.Status,
            PaymentStatus = order.PaymentStatus,
            Total = order.TotalIncTax,
            RefundedAmount = order.RefundedAmount,
            Currency = order.CurrencyCode,
            Transactions = transactions.OrderBy(t => t.Id).ToList(),
            CorrelationId = step.CorrelationId,
        };
    }

    private static RefundRequested Validated(PaymentOptions options, RefundRequested r)
    {
        if (string.IsNullOrWhiteSpace(r.RequestId) || r.OrderId <= 0)
        {
            throw new ScenarioException("A refund request needs a request id and an order id.");
        }

        if (r.Lines.Count == 0 && r.Amount is not > 0)
        {
            throw new ScenarioException($"Refund request '{r.RequestId}' names neither lines nor a positive amount.");
        }

        return r.Amount > options.MaxAutomaticRefund
            ? throw new ScenarioException($"Refund request '{r.RequestId}' asks for {r.Amount} which is above the automatic limit {options.MaxAutomaticRefund}.")
            : r;
    }

    private static async ValueTask<RefundIssued> IssueRefundAsync(PaymentOptions options, RefundRequested r, StepContext step, CancellationToken cancellationToken)
    {
        var client = options.Client(step.Services);

        // The refund POST is not idempotent: a marker in the reason finds a refund an earlier attempt created.
        var marker = step.EffectMarker;
        await foreach (var existing in client.Payments.ListRefundsAsync(r.OrderId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (existing.Reason?.Contains(marker, StringComparison.Ordinal) == true)
            {
                return Issued(r.OrderId, existing);
            }
        }

        IList<RefundItem> items = r.Lines.Count > 0
            ? r.Lines.Select(l => RefundItem.Product(l.OrderProductId, l.Quantity)).ToList()
            : [RefundItem.OrderAmount(r.OrderId, r.Amount!.Value)];
        var reason = $"{(string.IsNullOrWhiteSpace(r.Reason) ? options.DefaultReason : r.Reason)} {marker}";
        foreach (var item in items)
        {
            item.Reason = reason;
        }

        var quote = (await client.Payments.CreateRefundQuoteAsync(r.OrderId, new RefundQuoteRequest { Items = items }, cancellationToken).ConfigureAwait(false)).Value;
        if (quote.TotalRefundAmount > options.MaxAutomaticRefund)
        {
            throw new ScenarioException($"Refund request '{r.RequestId}' comes to {quote.TotalRefundAmount}, above the automatic limit {options.MaxAutomaticRefund}.");
        }

        var method = ChooseMethod(options, quote)
            ?? throw new ScenarioException($"No allowed refund method is offered for order {r.OrderId} (providers: {string.Join(", ", quote.RefundMethods.SelectMany(m => m).Select(p => p.ProviderId))}).");
        var payment = new RefundPayment { ProviderId = method.ProviderId, Amount = quote.TotalRefundAmount, Offline = method.Offline };
        var refund = (await client.Payments.CreateRefundAsync(r.OrderId, new CreateRefundRequest { Items = items, Payments = [payment] }, cancellationToken).ConfigureAwait(false)).Value;
        return Issued(r.OrderId, refund);
    }

    private static RefundPayment? ChooseMethod(PaymentOptions options, RefundQuote quote)
    {
        var offered = quote.RefundMethods.Where(m => m.Count == 1).Select(m => m[0]).ToList();
        foreach (var provider in options.RefundProviders)
        {
            var match = offered.Find(p => p.ProviderId == provider && (!p.Offline || options.AllowOfflineRefunds));
            if (match is not null)
            {
                return match;
            }
        }

        return offered.Find(p => !p.Offline) ?? (options.AllowOfflineRefunds ? offered.FirstOrDefault() : null);
    }

    private static RefundIssued Issued(int orderId, Refund refund) => new()
    {
        OrderId = orderId,
        RefundId = refund.Id,
        Amount = refund.TotalAmount,
        ProviderId = refund.Payments.FirstOrDefault()?.ProviderId ?? "",
    };
}
