using Connectors.Core;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class PaymentTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Transactions_list_the_captured_payment_and_nothing_for_unpaid_orders()
    {
        using var store = fixture.NewStore();
        Order order = await store.Client.Orders.GetAsync(111);
        var transaction = Assert.Single(await ToList(store.Client.Payments.ListTransactionsAsync(111)));
        Assert.Equal("purchase", transaction.Event);
        Assert.Equal(order.TotalIncTax, transaction.Amount);
        Assert.Equal("111", transaction.OrderId);
        Assert.NotNull(transaction.DateCreated);

        Assert.Empty(await ToList(store.Client.Payments.ListTransactionsAsync(100)));
    }

    [Fact]
    public async Task Quote_then_refund_partially_then_list()
    {
        using var store = fixture.NewStore();
        const int orderId = 126;
        var line = Assert.Single(await ToList(store.Client.Orders.ListProductsAsync(orderId)));

        RefundQuote quote = await store.Client.Payments.CreateRefundQuoteAsync(orderId, new RefundQuoteRequest { Items = [RefundItem.Product(line.Id, 1)] });
        Assert.Equal(line.PriceIncTax, quote.TotalRefundAmount);
        var method = quote.RefundMethods[0];

        Refund refund = await store.Client.Payments.CreateRefundAsync(orderId, new CreateRefundRequest
        {
            Items = [RefundItem.Product(line.Id, 1)],
            Payments = [.. method],
        });
        Assert.Equal(quote.TotalRefundAmount, refund.TotalAmount);
        Assert.Equal(orderId, refund.OrderId);
        Assert.Equal(OrderStatus.PartiallyRefunded.Id, store.State.OrderStatusOf(orderId));

        Assert.Equal(refund.Id, Assert.Single(await ToList(store.Client.Payments.ListRefundsAsync(orderId))).Id);
        Assert.Contains(await ToList(store.Client.Payments.ListAllRefundsAsync([orderId])), r => r.Id == refund.Id);
        Order order = await store.Client.Orders.GetAsync(orderId);
        Assert.Equal(refund.TotalAmount, order.RefundedAmount);
    }

    [Fact]
    public async Task Refunding_more_than_remains_is_a_validation_error_with_field_errors()
    {
        using var store = fixture.NewStore();
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.Payments.CreateRefundAsync(111, new CreateRefundRequest
        {
            Items = [RefundItem.OrderAmount(111, 1_000_000m, "too much")],
            Payments = [new RefundPayment { ProviderId = "custom", Amount = 1_000_000m, Offline = true }],
        }));
        Assert.Equal(422, error.Status);
        Assert.Equal("Refund amount is greater than remaining amount", error.VendorMessage);
        Assert.Contains(error.FieldErrors, f => f.Field == "items");
    }
}
