using Connectors.BigCommerce;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Recipes.OrderToCash.Tests;

public sealed class PaymentTests
{
    [Fact]
    public async Task O2C_3_payment_state_is_mirrored_and_a_requested_refund_is_issued_once_and_flows_back()
    {
        var (host, sinks) = await O2C.StartAsync(s => s.AddPaymentsAndRefunds());
        await using var _ = host;
        var client = host.Get<BigCommerceClient>();
        const int orderId = 111; // seeded: Awaiting Fulfillment, captured

        await host.PollAsync("O2C-3.payments");
        var before = Assert.Single(sinks.Payments, p => p.OrderId == orderId);
        Assert.Equal("captured", before.PaymentStatus);
        Assert.Equal(0m, before.RefundedAmount);
        var captured = Assert.Single(before.Transactions);
        Assert.Equal(22, sinks.Payments.Count); // seeded orders with a transaction (not Incomplete, Pending, Declined, Awaiting Payment)

        var line = Assert.Single(await client.Orders.ListProductsAsync(orderId).ToListAsync());
        var request = new RefundRequested { RequestId = "rma-1", OrderId = orderId, Lines = [new RefundLine { OrderProductId = line.Id, Quantity = 1 }], Reason = "Damaged in transit" };
        var json = OrderToCashJsonContext.Default.RefundRequested;
        await O2C.SubmitAsync(host, OrderToCashEvents.RefundRequested, request, json, "corr-rma-1");
        await O2C.SubmitAsync(host, OrderToCashEvents.RefundRequested, request, json, "corr-rma-1-again");

        var refund = Assert.Single(await client.Payments.ListRefundsAsync(orderId).ToListAsync());
        Assert.Equal(line.PriceIncTax, refund.TotalAmount);
        Assert.StartsWith("Damaged in transit", refund.Reason, StringComparison.Ordinal);
        Assert.Equal("testgateway", Assert.Single(refund.Payments).ProviderId);

        // The refund's transaction flows back to the host through the mirror, once.
        await host.PollAsync("O2C-3.payments");
        await host.PollAsync("O2C-3.payments");
        var states = sinks.Payments.Where(p => p.OrderId == orderId).ToList();
        Assert.Equal(2, states.Count);
        var after = states[1];
        Assert.Equal("partially refunded", after.PaymentStatus);
        Assert.Equal(line.PriceIncTax, after.RefundedAmount);
        Assert.Equal(OrderStatus.PartiallyRefunded, after.OrderStatus);
        Assert.Contains(after.Transactions, t => t.Event == "refund" && t.Amount == line.PriceIncTax);
        Assert.True(after.LatestTransactionId > captured.Id);
        Assert.Empty(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery()));
    }

    [Fact]
    public async Task O2C_3_a_refund_above_the_automatic_limit_is_dead_lettered_not_issued()
    {
        var (host, _) = await O2C.StartAsync(s => s.AddPaymentsAndRefunds(o => o.MaxAutomaticRefund = 5m));
        await using var __ = host;
        var request = new RefundRequested { RequestId = "rma-2", OrderId = 111, Amount = 20m };
        await O2C.SubmitAsync(host, OrderToCashEvents.RefundRequested, request, OrderToCashJsonContext.Default.RefundRequested, "corr-rma-2");

        var dead = Assert.Single(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery { Scenario = PaymentOptions.RefundScenarioName }));
        Assert.Contains("automatic limit", dead.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(await host.Get<BigCommerceClient>().Payments.ListRefundsAsync(111).ToListAsync());
    }
}
