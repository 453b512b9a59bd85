using System.Text;
using System.Text.Json.Nodes;
using Connectors.BigCommerce;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Recipes.OrderExceptions.Tests.OrderExceptionsFixture;

namespace Connectors.Recipes.OrderExceptions.Tests;

public sealed class AuditReviewTests
{
    [Fact]
    public async Task BC_CC_8_audit_request_opens_a_case_with_snapshot_and_evidence_and_findings_are_retained()
    {
        await using var host = await StartAsync(s => s.AddAuditReview(o => o.CaseDefinitionId = CaseType));
        var order = await CreateOrderAsync(host, OrderStatus.Completed, productId: 79, quantity: 2);
        var client = host.Get<BigCommerceClient>();
        await client.Payments.CreateRefundAsync(order.Id, new CreateRefundRequest
        {
            Items = [RefundItem.OrderAmount(order.Id, 25m, "goodwill")],
            Payments = [new RefundPayment { ProviderId = "custom", Amount = 25m, Offline = true }],
        });
        var request = new AuditRequest(order.Id, "AUD-2026-11", "finance.controller", "Quarter-end sample");

        await SubmitAsync(host, HostRequestEnvelopes.Audit(request, "audit-1"));
        await SubmitAsync(host, HostRequestEnvelopes.Audit(request) with { Id = "audit-resent" });

        var theCase = Assert.Single(CasesFor(host, $"order:{order.Id}:audit:AUD-2026-11"));
        Assert.Equal("audit", theCase.Assignee?.Id);
        Assert.Equal("finance.controller", (string?)theCase.Attributes["requestedBy"]);
        Assert.Equal(
            ["invoice.txt", "messages.json", "order-snapshot.json", "shipments.json", "transactions.json"],
            theCase.Attachments.Select(a => a.FileName).Order(StringComparer.Ordinal));
        var snapshot = JsonNode.Parse(theCase.Attachments.Single(a => a.FileName == AuditReviewRecipe.SnapshotFile).Content)!;
        Assert.Equal(order.Id, (int)snapshot["orderId"]!);
        Assert.Equal("Leave at the back door", (string?)snapshot["staffNotes"]);
        Assert.Contains("2 x ABS Able Brewing System @ 225.00", Encoding.UTF8.GetString(theCase.Attachments.Single(a => a.FileName == "invoice.txt").Content), StringComparison.Ordinal);
        Assert.Contains("goodwill", Encoding.UTF8.GetString(theCase.Attachments.Single(a => a.FileName == "transactions.json").Content), StringComparison.Ordinal);
        Assert.Equal(theCase.Ref().ToString(), Assert.Single(await LinksAsync(host, order.Id)).Value);

        // Flow back: the auditor resolves with findings; they stay on the case, the order records completion.
        await ResolveAsync(host, theCase.Ref(), "no exceptions", u => u.Attributes["findings"] = "Invoice, payment and refund reconcile.");
        await host.PollAsync(AuditReviewRecipe.CaseEventsPoller);
        await host.PollAsync(AuditReviewRecipe.CaseEventsPoller);

        Assert.False(string.IsNullOrEmpty((string?)theCase.Attributes["retainUntil"]));
        Assert.Single(theCase.Comments, c => c.Text.Contains("Invoice, payment and refund reconcile.", StringComparison.Ordinal));
        var notes = host.Systems.BigCommerce.DefaultStore.StaffNotesOf(order.Id)!;
        Assert.Single(notes.Split('\n'), l => l.StartsWith($"Audit AUD-2026-11 completed (case {theCase.CaseNumber})", StringComparison.Ordinal));
        Assert.DoesNotContain("reconcile", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void BC_CC_8_options_are_validated_when_the_recipe_is_added()
    {
        var error = Assert.Throws<ArgumentException>(() => RecipeOptionsCheck.Add(s => s.AddAuditReview(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.Retention = TimeSpan.Zero;
        })));
        Assert.Contains("BC-CC-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("Retention must be positive", error.Message, StringComparison.Ordinal);
    }
}
