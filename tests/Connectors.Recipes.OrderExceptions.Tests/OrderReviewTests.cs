using Connectors.BigCommerce;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Recipes.OrderExceptions.Tests.OrderExceptionsFixture;

namespace Connectors.Recipes.OrderExceptions.Tests;

public sealed class OrderReviewTests
{
    [Fact]
    public async Task BC_CC_3_regulated_order_is_held_and_released_when_the_case_approves()
    {
        await using var host = await StartAsync(s => s.AddRegulatedOrderReview(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.PollFrom = PollFrom;
            o.RegulatedCategoryIds.Add(21); // "Regulated": Prescription Lens Cleaner (product 83)
            o.AssigneeGroup = "compliance";
        }));
        var order = await CreateOrderAsync(host, OrderStatus.AwaitingFulfillment, productId: 83);
        var plain = await CreateOrderAsync(host, OrderStatus.AwaitingFulfillment, productId: 77);

        await host.PollAsync(RegulatedOrderReviewRecipe.OrderPoller);

        var bc = host.Systems.BigCommerce.DefaultStore;
        Assert.Equal(OrderStatus.ManualVerificationRequired.Id, bc.OrderStatusOf(order.Id));
        Assert.Equal(OrderStatus.AwaitingFulfillment.Id, bc.OrderStatusOf(plain.Id));
        var theCase = Assert.Single(CasesFor(host, $"order:{order.Id}:compliance"));
        Assert.Equal("compliance", theCase.Assignee?.Id);
        Assert.Empty(CasesFor(host, $"order:{plain.Id}:compliance"));

        // Replayed trigger: no second case, order stays held.
        await SubmitOrderWebhookAsync(host, "store/order/created", order.Id, "created-1");
        await host.PollAsync(RegulatedOrderReviewRecipe.OrderPoller);
        Assert.Single(CasesFor(host, $"order:{order.Id}:compliance"));

        // Flow back: the compliance officer approves the case; the events poll releases the order.
        await ResolveAsync(host, theCase.Ref(), "approved");
        await host.PollAsync(RegulatedOrderReviewRecipe.CaseEventsPoller);
        Assert.Equal(OrderStatus.AwaitingFulfillment.Id, bc.OrderStatusOf(order.Id));
        Assert.Contains("Released after compliance review", bc.StaffNotesOf(order.Id), StringComparison.Ordinal);

        // A replayed decision does not repeat the release (status moved on by fulfilment stays).
        await host.Get<BigCommerceClient>().Orders.SetStatusAsync(order.Id, OrderStatus.Shipped);
        await host.PollAsync(RegulatedOrderReviewRecipe.CaseEventsPoller);
        Assert.Equal(OrderStatus.Shipped.Id, bc.OrderStatusOf(order.Id));
    }

    [Fact]
    public async Task BC_CC_4_large_order_is_held_routed_to_finance_and_cancelled_when_rejected()
    {
        await using var host = await StartAsync(s => s.AddLargeOrderApproval(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.PollFrom = PollFrom;
            o.MinTotal = 1000m;
        }));
        var order = await CreateOrderAsync(host, OrderStatus.Pending, productId: 79, quantity: 6); // 6 x 225
        var small = await CreateOrderAsync(host, OrderStatus.Pending, productId: 84, quantity: 1);

        await host.PollAsync(LargeOrderApprovalRecipe.OrderPoller);

        var bc = host.Systems.BigCommerce.DefaultStore;
        Assert.Equal(OrderStatus.ManualVerificationRequired.Id, bc.OrderStatusOf(order.Id));
        Assert.Equal(OrderStatus.Pending.Id, bc.OrderStatusOf(small.Id));
        var theCase = Assert.Single(CasesFor(host, $"order:{order.Id}:approval"));
        Assert.Equal("finance", theCase.Assignee?.Id);

        await host.PollAsync(LargeOrderApprovalRecipe.OrderPoller);
        Assert.Single(CasesFor(host, $"order:{order.Id}:approval"));

        await ResolveAsync(host, theCase.Ref(), "rejected");
        await host.PollAsync(LargeOrderApprovalRecipe.CaseEventsPoller);
        Assert.Equal(OrderStatus.Cancelled.Id, bc.OrderStatusOf(order.Id));
        Assert.Contains("Cancelled after approval review: rejected", bc.StaffNotesOf(order.Id), StringComparison.Ordinal);

        await host.PollAsync(LargeOrderApprovalRecipe.CaseEventsPoller);
        Assert.Single(bc.StaffNotesOf(order.Id)!.Split('\n'), l => l.StartsWith("Cancelled after", StringComparison.Ordinal));
    }
}
