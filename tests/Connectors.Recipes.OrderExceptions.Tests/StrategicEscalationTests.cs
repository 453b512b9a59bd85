using System.Text.Json.Nodes;
using Connectors.BigCommerce;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Recipes.OrderExceptions.Tests.OrderExceptionsFixture;

namespace Connectors.Recipes.OrderExceptions.Tests;

public sealed class StrategicEscalationTests
{
    private const int WholesaleGroup = 2;
    private const int WholesaleCustomer = 4;

    [Fact]
    public async Task BC_CC_7_host_escalation_opens_a_case_with_collaborators_and_a_special_price_is_refunded_once()
    {
        await using var host = await StartAsync(s => s.AddStrategicEscalation(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.PollFrom = PollFrom;
            o.CollaboratorUsers.Add("jane.account-manager");
        }));
        var order = await CreateOrderAsync(host, OrderStatus.Completed, productId: 79, quantity: 2); // 2 x 225 = 450
        var escalation = new EscalationRequest(order.Id, "Key account: brewers arrived late for their launch event", Strategic: true);

        await SubmitAsync(host, HostRequestEnvelopes.Escalation(escalation, "kam-1"));
        await SubmitAsync(host, HostRequestEnvelopes.Escalation(escalation) with { Id = "escalation-resent" });

        var theCase = Assert.Single(CasesFor(host, $"order:{order.Id}:escalation"));
        Assert.Equal("key-accounts", theCase.Assignee?.Id);
        Assert.Equal("CRITICAL", (string?)theCase.Attributes["priority"]);
        Assert.Equal(escalation.Issue, (string?)theCase.Attributes["issue"]);
        Assert.Equal(["Collaborate: account-management", "Collaborate: jane.account-manager"], theCase.Tasks.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(theCase.Ref().ToString(), Assert.Single(await LinksAsync(host, order.Id)).Value);

        // Flow back: key-account management grants a special price of 400 on the order.
        await ResolveAsync(host, theCase.Ref(), "special-price", u => u.Attributes["specialPrice"] = JsonValue.Create(400m));
        await host.PollAsync(StrategicEscalationRecipe.CaseEventsPoller);
        await host.PollAsync(StrategicEscalationRecipe.CaseEventsPoller);

        var client = host.Get<BigCommerceClient>();
        var refund = Assert.Single(await CustomerComplaintTests.RefundsAsync(client, order.Id));
        Assert.Equal(order.TotalIncTax - 400m, refund.TotalAmount);
        var notes = host.Systems.BigCommerce.DefaultStore.StaffNotesOf(order.Id)!;
        Assert.Single(notes.Split('\n'), l => l.StartsWith("Special price 400.00 agreed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BC_CC_7_disputed_order_of_a_wholesale_customer_escalates_and_a_replacement_is_created_once()
    {
        await using var host = await StartAsync(s => s.AddStrategicEscalation(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.PollFrom = PollFrom;
            o.StrategicCustomerGroupIds.Add(WholesaleGroup);
        }));
        var strategic = await CreateOrderAsync(host, OrderStatus.Disputed, productId: 78, quantity: 3, customerId: WholesaleCustomer);
        var retail = await CreateOrderAsync(host, OrderStatus.Disputed, customerId: 1);

        await host.PollAsync(StrategicEscalationRecipe.OrderPoller);

        var theCase = Assert.Single(CasesFor(host, $"order:{strategic.Id}:escalation"));
        Assert.Empty(CasesFor(host, $"order:{retail.Id}:escalation"));

        await ResolveAsync(host, theCase.Ref(), "replacement");
        await host.PollAsync(StrategicEscalationRecipe.CaseEventsPoller);
        await host.PollAsync(StrategicEscalationRecipe.CaseEventsPoller);

        var replacements = new List<Order>();
        await foreach (var o in host.Get<BigCommerceClient>().Orders.ListAsync(new OrderQuery { CustomerId = WholesaleCustomer, MinDateCreated = PollFrom }))
        {
            if (o.ExternalOrderId == $"replacement-of-{strategic.Id}")
            {
                replacements.Add(o);
            }
        }

        var replacement = Assert.Single(replacements);
        Assert.Equal(OrderStatus.AwaitingFulfillment, replacement.Status);
        Assert.Equal(0m, replacement.TotalIncTax - replacement.ShippingCostIncTax);
        Assert.Contains($"Replacement order {replacement.Id} sent", host.Systems.BigCommerce.DefaultStore.StaffNotesOf(strategic.Id), StringComparison.Ordinal);
    }

    [Fact]
    public void BC_CC_7_and_BC_CC_2_options_are_validated_when_the_recipes_are_added()
    {
        var escalation = Assert.Throws<ArgumentException>(() => RecipeOptionsCheck.Add(s => s.AddStrategicEscalation(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.RefundOutcomes.Add("replace");
            o.CollaboratorUsers.Add(" ");
        })));
        Assert.Contains("BC-CC-7", escalation.Message, StringComparison.Ordinal);
        Assert.Contains("outcome 'replace' is in both ReplacementOutcomes and RefundOutcomes", escalation.Message, StringComparison.Ordinal);
        Assert.Contains("collaborator names cannot be empty", escalation.Message, StringComparison.Ordinal);

        var complaint = Assert.Throws<ArgumentException>(() => RecipeOptionsCheck.Add(s => s.AddCustomerComplaint(o => o.OutcomeAttribute = "")));
        Assert.Contains("BC-CC-2", complaint.Message, StringComparison.Ordinal);
        Assert.Contains("CaseDefinitionId is required", complaint.Message, StringComparison.Ordinal);
        Assert.Contains("OutcomeAttribute is required", complaint.Message, StringComparison.Ordinal);
    }
}
