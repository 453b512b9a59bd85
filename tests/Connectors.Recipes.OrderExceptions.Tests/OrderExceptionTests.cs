using Connectors.BigCommerce;
using Connectors.Emulators.Hosting;
using Connectors.Recipes.OrderExceptions;
using Connectors.Scenarios.Storage;
using static Connectors.Recipes.OrderExceptions.Tests.OrderExceptionsFixture;

namespace Connectors.Recipes.OrderExceptions.Tests;

public sealed class OrderExceptionTests
{
    [Fact]
    public async Task BC_CC_1_payment_declined_order_opens_case()
    {
        await using var host = await StartAsync(s => s.AddOrderExceptionToCase(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.PollFrom = PollFrom;
            o.QueueByKind["payment-declined"] = "finance-queue";
        }));
        var order = await CreateOrderAsync(host, OrderStatus.Declined);

        await host.PollAsync(OrderExceptionRecipe.OrderPoller);

        var theCase = Assert.Single(CasesFor(host, $"order:{order.Id}:payment-declined"));
        Assert.Equal(order.Id, (int)theCase.Attributes["orderId"]!);
        Assert.Equal("payment-declined", (string?)theCase.Attributes["exceptionKind"]);
        Assert.Contains("Leave at the back door", theCase.Attributes.ToJsonString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)theCase.Attributes[OrderCases.CorrelationAttribute]));
        Assert.Equal("finance-queue", theCase.Assignee?.Id);
        var link = Assert.Single(await LinksAsync(host, order.Id));
        Assert.Equal(theCase.Ref().ToString(), link.Value);

        // The same change delivered again by webhook and seen again by the poller: still one case, one link.
        await SubmitOrderWebhookAsync(host, "store/order/statusUpdated", order.Id, "hook-1");
        await host.PollAsync(OrderExceptionRecipe.OrderPoller);
        Assert.Single(CasesFor(host, $"order:{order.Id}:payment-declined"));
        Assert.Single(await LinksAsync(host, order.Id));
    }

    [Fact]
    public async Task BC_CC_1_orders_without_exception_open_nothing_and_kinds_stay_apart()
    {
        await using var host = await StartAsync(s => s.AddOrderExceptionToCase(o => { o.CaseDefinitionId = CaseType; o.PollFrom = PollFrom; }));
        var fine = await CreateOrderAsync(host, OrderStatus.AwaitingFulfillment);
        var shortStock = await CreateOrderAsync(host, OrderStatus.AwaitingFulfillment, productId: 80, quantity: 1); // Dustpan: 0 in stock

        await host.PollAsync(OrderExceptionRecipe.OrderPoller);

        Assert.DoesNotContain(host.Systems.CoreCase.State.Cases, c => c.ExternalReferences.Any(r => r.Id.StartsWith($"order:{fine.Id}:", StringComparison.Ordinal)));
        Assert.Single(CasesFor(host, $"order:{shortStock.Id}:inventory-mismatch"));
    }

    [Fact]
    public async Task BC_CC_1_core_case_failing_transiently_still_opens_the_case()
    {
        await using var host = await StartAsync(s => s.AddOrderExceptionToCase(o => { o.CaseDefinitionId = CaseType; o.PollFrom = PollFrom; }));
        var order = await CreateOrderAsync(host, OrderStatus.ManualVerificationRequired);
        host.Systems.CoreCase.Faults.Add(Fault.Status(503), count: 2, pathContains: "/cases", method: "POST");

        await host.PollAsync(OrderExceptionRecipe.OrderPoller);

        Assert.Single(CasesFor(host, $"order:{order.Id}:fraud-review"));
        Assert.Equal(2, host.Systems.CoreCase.Faults.InjectedCount);
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = OrderExceptionRecipe.Id }));
    }

    [Fact]
    public async Task BC_CC_1_core_case_down_dead_letters_then_replay_opens_the_case_once()
    {
        await using var host = await StartAsync(s => s.AddOrderExceptionToCase(o => { o.CaseDefinitionId = CaseType; o.PollFrom = PollFrom; }));
        var order = await CreateOrderAsync(host, OrderStatus.ManualVerificationRequired);
        host.Systems.CoreCase.Faults.Add(Fault.Status(503), count: null, pathContains: "/cases", method: "POST");

        await host.PollAsync(OrderExceptionRecipe.OrderPoller);

        var dead = Assert.Single(await host.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = OrderExceptionRecipe.Id }));
        Assert.Equal("open-case", dead.Step);
        Assert.Contains("503", dead.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(CasesFor(host, $"order:{order.Id}:fraud-review"));

        host.Systems.CoreCase.Faults.Clear();
        Assert.True(await host.DeadLetters.ReplayAsync(dead.Id));
        await host.IdleAsync();
        await host.DeadLetters.ReplayAsync(dead.Id);
        await host.IdleAsync();

        Assert.Single(CasesFor(host, $"order:{order.Id}:fraud-review"));
        Assert.Single(await LinksAsync(host, order.Id));
    }

    [Fact]
    public void BC_CC_1_options_are_validated_when_the_recipe_is_added()
    {
        var error = Assert.Throws<ArgumentException>(() => RecipeOptionsCheck.Add(s => s.AddOrderExceptionToCase(o => o.CaseDefinitionId = "")));
        Assert.Contains("BC-CC-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("CaseDefinitionId", error.Message, StringComparison.Ordinal);
    }
}
