using System.Text.Json.Nodes;
using Connectors.BigCommerce;
using Connectors.Recipes.OrderExceptions;
using Connectors.Scenarios.Storage;
using static Connectors.Recipes.OrderExceptions.Tests.OrderExceptionsFixture;

namespace Connectors.Recipes.OrderExceptions.Tests;

public sealed class CustomerComplaintTests
{
    [Fact]
    public async Task BC_CC_2_complaint_opens_a_case_and_the_resolution_refunds_and_notes_the_order_once()
    {
        await using var host = await StartAsync(s => s.AddCustomerComplaint(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.QueueByKind["damaged-goods"] = "returns-desk";
        }));
        var order = await CreateOrderAsync(host, OrderStatus.Completed, productId: 79, quantity: 2); // 2 x 225
        var complaint = new ComplaintRequest(order.Id, "CMP-7", "damaged-goods", "The brewer arrived with a cracked carafe.");

        var first = await SubmitAsync(host, HostRequestEnvelopes.Complaint(complaint, "contact-centre-1"));

        var theCase = Assert.Single(CasesFor(host, $"order:{order.Id}:complaint:CMP-7"));
        Assert.Equal("returns-desk", theCase.Assignee?.Id);
        Assert.Equal("damaged-goods", (string?)theCase.Attributes["complaintKind"]);
        Assert.Equal("The brewer arrived with a cracked carafe.", (string?)theCase.Attributes["complaintDescription"]);
        Assert.Equal("contact-centre-1", (string?)theCase.Attributes[OrderCases.CorrelationAttribute]);
        Assert.Equal(theCase.Ref().ToString(), Assert.Single(await LinksAsync(host, order.Id)).Value);

        // The same complaint submitted again is a duplicate; re-sent under a new event id it still finds the same case.
        var again = await SubmitAsync(host, HostRequestEnvelopes.Complaint(complaint));
        await SubmitAsync(host, HostRequestEnvelopes.Complaint(complaint) with { Id = "complaint-resent" });
        Assert.Equal(1, first.Accepted);
        Assert.Equal(1, again.Duplicates);
        Assert.Single(CasesFor(host, $"order:{order.Id}:complaint:CMP-7"));
        Assert.Single(await LinksAsync(host, order.Id));

        // Flow back: the agent approves a partial refund with a message for the customer.
        await ResolveAsync(host, theCase.Ref(), "refund", u =>
        {
            u.Attributes["refundAmount"] = JsonValue.Create(100m);
            u.Attributes["customerMessage"] = "We are sorry: 100.00 is on its way back to you.";
        });
        await host.PollAsync(CustomerComplaintRecipe.CaseEventsPoller);

        var client = host.Get<BigCommerceClient>();
        var refund = Assert.Single(await RefundsAsync(client, order.Id));
        Assert.Equal(100m, refund.TotalAmount);
        var updated = (await client.Orders.GetAsync(order.Id)).Value;
        Assert.Contains("Complaint CMP-7 resolved: refund", updated.StaffNotes, StringComparison.Ordinal);
        Assert.Equal("We are sorry: 100.00 is on its way back to you.", updated.CustomerMessage);

        // A replayed decision refunds nothing more.
        await host.PollAsync(CustomerComplaintRecipe.CaseEventsPoller);
        Assert.Single(await RefundsAsync(client, order.Id));
        Assert.Single(host.Systems.BigCommerce.DefaultStore.StaffNotesOf(order.Id)!.Split('\n'), l => l.StartsWith("Complaint CMP-7 resolved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BC_CC_2_complaint_of_unknown_kind_is_dead_lettered_with_a_clear_error()
    {
        await using var host = await StartAsync(s => s.AddCustomerComplaint(o => o.CaseDefinitionId = CaseType));
        var order = await CreateOrderAsync(host, OrderStatus.Completed);

        await SubmitAsync(host, HostRequestEnvelopes.Complaint(new ComplaintRequest(order.Id, "CMP-8", "too-blue", "Colour")));

        var dead = Assert.Single(await host.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = CustomerComplaintRecipe.Id }));
        Assert.Equal("read-order", dead.Step);
        Assert.Contains("unknown kind 'too-blue'", dead.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(CasesFor(host, $"order:{order.Id}:complaint:CMP-8"));
    }

    internal static async Task<List<Refund>> RefundsAsync(BigCommerceClient client, int orderId)
    {
        var refunds = new List<Refund>();
        await foreach (var refund in client.Payments.ListRefundsAsync(orderId))
        {
            refunds.Add(refund);
        }

        return refunds;
    }
}
