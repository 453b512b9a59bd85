using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Recipes.OrderExceptions.Tests.OrderExceptionsFixture;

namespace Connectors.Recipes.OrderExceptions.Tests;

public sealed class SuspiciousActivityTests
{
    private const int Customer = 5;

    [Fact]
    public async Task BC_CC_5_repeated_chargebacks_open_one_investigation_and_a_hold_moves_the_customer_to_the_hold_group()
    {
        await using var host = await StartAsync(s => s.AddSuspiciousActivity(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.PollFrom = PollFrom;
            o.HoldCustomerGroupId = BigCommerceEmulator.OnHoldCustomerGroupId;
        }));
        var quiet = await CreateOrderAsync(host, OrderStatus.Disputed, customerId: 6); // one chargeback: under the threshold of 2
        var first = await CreateOrderAsync(host, OrderStatus.Disputed, customerId: Customer);

        await host.PollAsync(SuspiciousActivityRecipe.OrderPoller);
        Assert.Empty(CasesStartingWith(host, $"customer:{Customer}:investigation:"));

        var second = await CreateOrderAsync(host, OrderStatus.Disputed, customerId: Customer);
        await host.PollAsync(SuspiciousActivityRecipe.OrderPoller);

        var theCase = Assert.Single(CasesStartingWith(host, $"customer:{Customer}:investigation:"));
        Assert.Equal(2, (int)theCase.Attributes["count.chargebacks"]!);
        Assert.Equal("risk", theCase.Assignee?.Id);
        var history = theCase.Attributes.ToJsonString();
        Assert.Contains($"#{first.Id} Disputed", history, StringComparison.Ordinal);
        Assert.Contains($"#{second.Id} Disputed", history, StringComparison.Ordinal);
        Assert.Empty(CasesStartingWith(host, $"customer:{quiet.CustomerId}:investigation:"));

        // The same change again (webhook after poll, and a re-poll): still one case for the customer and window.
        await SubmitOrderWebhookAsync(host, "store/order/statusUpdated", second.Id, "hook-5");
        await host.PollAsync(SuspiciousActivityRecipe.OrderPoller);
        Assert.Single(CasesStartingWith(host, $"customer:{Customer}:investigation:"));

        // Flow back: the investigator holds the account.
        await ResolveAsync(host, theCase.Ref(), "hold");
        await host.PollAsync(SuspiciousActivityRecipe.CaseEventsPoller);
        Assert.Equal(BigCommerceEmulator.OnHoldCustomerGroupId, host.Systems.BigCommerce.DefaultStore.CustomerGroupOf(Customer));
        var notes = (await host.Get<BigCommerceClient>().Customers.GetAsync(Customer)).Value.Notes;
        Assert.Contains($"Account on hold after investigation (case {theCase.CaseNumber}", notes, StringComparison.Ordinal);

        await host.PollAsync(SuspiciousActivityRecipe.CaseEventsPoller);
        var again = (await host.Get<BigCommerceClient>().Customers.GetAsync(Customer)).Value.Notes!;
        Assert.Single(again.Split('\n'), l => l.StartsWith("Account on hold", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BC_CC_5_cancel_outcome_cancels_the_customers_open_orders_only()
    {
        await using var host = await StartAsync(s => s.AddSuspiciousActivity(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.PollFrom = PollFrom;
            o.Counters["failed-payments"].Threshold = 2;
        }));
        await CreateOrderAsync(host, OrderStatus.Declined, customerId: 7);
        await CreateOrderAsync(host, OrderStatus.Declined, customerId: 7);
        var open = await CreateOrderAsync(host, OrderStatus.AwaitingPayment, customerId: 7);
        var shipped = await CreateOrderAsync(host, OrderStatus.Shipped, customerId: 7);

        await host.PollAsync(SuspiciousActivityRecipe.OrderPoller);
        var theCase = Assert.Single(CasesStartingWith(host, "customer:7:investigation:"));
        await ResolveAsync(host, theCase.Ref(), "cancel");
        await host.PollAsync(SuspiciousActivityRecipe.CaseEventsPoller);

        var store = host.Systems.BigCommerce.DefaultStore;
        Assert.Equal(OrderStatus.Cancelled.Id, store.OrderStatusOf(open.Id));
        Assert.Contains("Cancelled after suspicious-activity investigation", store.StaffNotesOf(open.Id), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Shipped.Id, store.OrderStatusOf(shipped.Id));
    }

    [Fact]
    public void BC_CC_5_options_are_validated_when_the_recipe_is_added()
    {
        var error = Assert.Throws<ArgumentException>(() => RecipeOptionsCheck.Add(s => s.AddSuspiciousActivity(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.Window = TimeSpan.Zero;
            o.CancelOutcomes.Add("hold");
        })));
        Assert.Contains("BC-CC-5", error.Message, StringComparison.Ordinal);
        Assert.Contains("Window must be positive", error.Message, StringComparison.Ordinal);
        Assert.Contains("outcome 'hold' is in both HoldOutcomes and CancelOutcomes", error.Message, StringComparison.Ordinal);
    }
}
