using System.Text;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Events;
using Connectors.Recipes.PartnerCases;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.PartnerCases.Tests;

public sealed class PartnerCasesTests
{
    private const string Secret = "SECRET-MARGIN-PHRASE-4711";
    private const string PriceMismatch = "transaction:TX0000009004:MD-PRICE-MISMATCH";

    [Fact]
    public async Task TG_CC_1_dispute_thread_opens_case_with_conversation_documents_and_transactions()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddPartnerDisputeToCase(o => o.CaseDefinitionId = PartnerCasesFixture.CaseType));
        await using var callbacks = await host.ListenToTradingGridAsync();
        var space = host.PartnerSpace();
        var thread = host.Grid().PartnerOpensThread(space.SpaceId, "Invoice overcharged", "The price on TX0000009004 does not match our contract.", "Invoice");
        host.Grid().PartnerSharesDocument(space.SpaceId, "contract.pdf", Encoding.UTF8.GetBytes("%PDF-contract"), "Invoice", thread.ThreadId);

        await host.PollAsync(PartnerDisputeToCase.Poller);

        var created = Assert.Single(host.CasesFor($"thread:{thread.ThreadId}"));
        Assert.Contains(created.ExternalReferences, r => r.Id == "transaction:TX0000009004");
        var attachment = Assert.Single(created.Attachments);
        Assert.Equal("%PDF-contract", Encoding.UTF8.GetString(attachment.Content));
        var read = (await host.CoreCase().Cases.GetAsync(created.Ref())).Value;
        Assert.Contains("does not match our contract", read.Summary, StringComparison.Ordinal);
        Assert.Equal(thread.ThreadId, PartnerCaseLinks.Attribute(read, PartnerCaseLinks.ThreadAttribute));
        Assert.False(string.IsNullOrEmpty(PartnerCaseLinks.Attribute(read, PartnerCaseLinks.CorrelationAttribute)));

        // Same event again: by poll and as the emulator's webhook delivery.
        await host.PollAsync(PartnerDisputeToCase.Poller);
        var e = host.Grid().Events.First(x => x.EventType == "thread.created" && x.Data.GetValueOrDefault("threadId") == thread.ThreadId);
        await host.Inbox.SubmitAsync(await callbacks.DeliveryOfAsync(e.EventId));
        await host.IdleAsync();
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
        Assert.Single(host.CasesFor($"thread:{thread.ThreadId}"));
        Assert.Single(host.CasesFor($"thread:{thread.ThreadId}")[0].Attachments);
    }

    [Fact]
    public async Task TG_CC_1_trading_grid_webhook_alone_opens_the_case()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddPartnerDisputeToCase(o => o.CaseDefinitionId = PartnerCasesFixture.CaseType));
        await using var callbacks = await host.ListenToTradingGridAsync();
        var thread = host.Grid().PartnerOpensThread(host.PartnerSpace().SpaceId, "Short delivery", "PO 4500012345 arrived short.", "Shipment");
        var e = host.Grid().Events.First(x => x.EventType == "thread.created" && x.Data.GetValueOrDefault("threadId") == thread.ThreadId);

        // The body exactly as Trading Grid posts it (nested "data"), no poll.
        await host.Inbox.SubmitAsync(await callbacks.DeliveryOfAsync(e.EventId));
        await host.IdleAsync();

        var created = Assert.Single(host.CasesFor($"thread:{thread.ThreadId}"));
        var read = (await host.CoreCase().Cases.GetAsync(created.Ref())).Value;
        Assert.Equal(thread.ThreadId, PartnerCaseLinks.Attribute(read, PartnerCaseLinks.ThreadAttribute));
        Assert.Equal(thread.SpaceId, PartnerCaseLinks.Attribute(read, PartnerCaseLinks.SpaceAttribute));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task TG_CC_4_trading_grid_webhook_alone_opens_the_failure_case()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddTransactionFailureToCase(o => o.CaseDefinitionId = PartnerCasesFixture.CaseType));
        await using var callbacks = await host.ListenToTradingGridAsync();
        host.Grid().AddTransaction(TradingGridSeed.RejectedPurchaseOrder(77, DateTimeOffset.UtcNow));
        var e = host.Grid().Events[^1];

        await host.Inbox.SubmitAsync(await callbacks.DeliveryOfAsync(e.EventId));
        await host.IdleAsync();

        Assert.Equal("transaction.failed", e.EventType);
        var created = Assert.Single(host.Cases().Cases, c => c.ExternalReferences.Any(r => r.Id.StartsWith("transaction:", StringComparison.Ordinal)));
        Assert.Contains(created.ExternalReferences, r => r.Id == $"transaction:{e.Data["transactionId"]}:{e.Data["errorCode"]}");
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task TG_CC_2_case_milestones_reach_the_partner_but_internal_notes_never_do()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s
            .AddPartnerDisputeToCase(o => o.CaseDefinitionId = PartnerCasesFixture.CaseType)
            .AddCaseMilestonesToPartner(o => o.IncludeLatestSharedNote = true));
        var thread = host.Grid().PartnerOpensThread(host.PartnerSpace().SpaceId, "Short shipment", "Only 8 of 10 pallets arrived.", "Shipment");
        await host.PollAsync(PartnerDisputeToCase.Poller);
        var caseRef = Assert.Single(host.CasesFor($"thread:{thread.ThreadId}")).Ref();

        await host.CoreCase().Comments.AddAsync(caseRef, $"{Secret}: we shipped short on purpose");
        await host.CoreCase().Comments.AddAsync(caseRef, "We are checking the carrier's proof of delivery.", CommentVisibility.Shared);
        await host.CoreCase().Cases.ChangeStatusAsync(caseRef, CaseStatus.InProgress);
        await host.PollAsync(CaseMilestonesToPartner.Poller);
        await host.PollAsync(CaseMilestonesToPartner.Poller);

        var ours = host.PostsByUs(thread.ThreadId);
        // Milestones of one case are keyed by the case, so they reach the partner in the order they happened.
        Assert.Equal(2, ours.Count);
        Assert.Contains("We received your request", ours[0].Body, StringComparison.Ordinal);
        Assert.Contains("under review", ours[1].Body, StringComparison.Ordinal);
        Assert.Contains("proof of delivery", ours[1].Body, StringComparison.Ordinal);
        Assert.All(ours, p => Assert.Equal("Partner", p.Visibility));
        Assert.DoesNotContain(host.Grid().Posts, p => p.Body.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Grid().RecordedRequests, r => r.Body.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TG_CC_3_shared_document_is_attached_and_a_document_request_is_posted_back()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s
            .AddPartnerDisputeToCase(o => o.CaseDefinitionId = PartnerCasesFixture.CaseType)
            .AddDocumentEvidenceToCase());
        var space = host.PartnerSpace();
        var thread = host.Grid().PartnerOpensThread(space.SpaceId, "Damaged goods", "Two cartons were crushed.", "Dispute");
        await host.PollAsync(PartnerDisputeToCase.Poller);
        var caseRef = Assert.Single(host.CasesFor($"thread:{thread.ThreadId}")).Ref();

        host.Grid().PartnerSharesDocument(space.SpaceId, "photos.pdf", Encoding.UTF8.GetBytes("%PDF-photos"), "Invoice", thread.ThreadId);
        await host.PollAsync(DocumentEvidenceToCase.Poller);
        await host.PollAsync(DocumentEvidenceToCase.Poller);
        var attachment = Assert.Single(host.Cases().FindCase(caseRef.CaseId)!.Attachments);
        Assert.Equal("%PDF-photos", Encoding.UTF8.GetString(attachment.Content));

        await host.CoreCase().Tasks.CreateAsync(caseRef, new NewCaseTask { Name = "Request documents", Description = "the signed proof of delivery" });
        await host.CoreCase().Tasks.CreateAsync(caseRef, new NewCaseTask { Name = "Check stock" });
        await host.PollAsync(DocumentEvidenceToCase.RequestPoller);
        await host.PollAsync(DocumentEvidenceToCase.RequestPoller);
        var request = Assert.Single(host.PostsByUs(thread.ThreadId));
        Assert.Contains("the signed proof of delivery", request.Body, StringComparison.Ordinal);
        Assert.Equal("Partner", request.Visibility);
    }

    [Fact]
    public async Task TG_CC_4_failed_transaction_opens_one_case_per_transaction_and_error_code()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddTransactionFailureToCase(o =>
        {
            o.CaseDefinitionId = PartnerCasesFixture.CaseType;
            o.ErrorCodes.Add("MD-PRICE-MISMATCH");
        }));

        await host.PollAsync(TransactionFailureToCase.Poller);
        await host.PollAsync(TransactionFailureToCase.Poller);

        var created = Assert.Single(host.CasesFor(PriceMismatch));
        Assert.Single(host.Cases().Cases, c => c.ExternalReferences.Any(r => r.Id.StartsWith("transaction:", StringComparison.Ordinal)));
        var read = (await host.CoreCase().Cases.GetAsync(created.Ref())).Value;
        Assert.Contains("MD-PRICE-MISMATCH", read.Summary, StringComparison.Ordinal);
        Assert.Contains("Verona Vittles", read.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TG_CC_5_compliance_request_opens_review_case_and_tells_the_partner()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddComplianceReviewToCase(o => o.CaseDefinitionId = PartnerCasesFixture.CaseType));
        var request = new ComplianceRequest(PartnerCasesFixture.Partner, "REQ-1", "Conflict minerals declaration", $"{Secret} policy 7.2 exception");
        foreach (var id in new[] { "req-1", "req-1-again" })
        {
            await host.Inbox.SubmitAsync(EventEnvelope.Create(id, PartnerCaseLinks.HostSource, ComplianceReviewToCase.HostEventType, request, PartnerCasesJsonContext.Default.ComplianceRequest));
            await host.IdleAsync();
        }

        var review = Assert.Single(host.CasesFor("compliance:REQ-1"));
        Assert.Equal(new[] { "Review", "Approval", "Evidence collection" }, review.Tasks.Select(t => t.Name));
        var thread = Assert.Single(host.Grid().Threads, t => t.Title == "Compliance review: Conflict minerals declaration");
        Assert.Contains(host.PostsIn(thread.ThreadId), p => p.Body.Contains(review.CaseNumber, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Grid().Posts, p => p.Body.Contains(Secret, StringComparison.Ordinal));

        var question = host.Grid().PartnerOpensThread(host.PartnerSpace().SpaceId, "Audit of ISO certificate", "Which evidence do you need?", "Audit");
        await host.PollAsync(ComplianceReviewToCase.Poller);
        await host.PollAsync(ComplianceReviewToCase.Poller);
        Assert.Single(host.CasesFor($"compliance:{question.ThreadId}"));
        Assert.Single(host.PostsByUs(question.ThreadId));
    }

    [Fact]
    public async Task TG_CC_6_thread_unanswered_past_the_sla_is_escalated_once()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddThreadEscalationToCase(o =>
        {
            o.CaseDefinitionId = PartnerCasesFixture.CaseType;
            o.ResponseSla = TimeSpan.FromHours(4);
            o.Owner = CaseIdentity.FunctionalRole("partner-support");
        }));
        var space = host.PartnerSpace();
        host.Grid().Time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-5));
        var overdue = host.Grid().PartnerOpensThread(space.SpaceId, "Where is our ASN?", "No 856 for PO 4500012345.", "Question");
        host.Grid().Time = TimeProvider.System;
        var fresh = host.Grid().PartnerOpensThread(space.SpaceId, "Label format", "Which label format do you use?", "Question");

        await host.PollAsync(ThreadEscalationToCase.Poller);
        await host.PollAsync(ThreadEscalationToCase.Poller);

        var escalation = Assert.Single(host.CasesFor($"escalation:{overdue.ThreadId}"));
        var task = Assert.Single(escalation.Tasks);
        Assert.Equal("Answer the partner in the community", task.Name);
        Assert.NotNull(task.DueDate);
        Assert.Equal("partner-support", escalation.Assignee?.Id);
        Assert.Contains(escalation.CaseNumber, Assert.Single(host.PostsByUs(overdue.ThreadId)).Body, StringComparison.Ordinal);
        Assert.Empty(host.CasesFor($"escalation:{fresh.ThreadId}"));

        // Explicit escalation by a host, delivered twice.
        foreach (var id in new[] { "esc-1", "esc-1-again" })
        {
            await host.Inbox.SubmitAsync(EventEnvelope.Create(id, PartnerCaseLinks.HostSource, ThreadEscalationToCase.HostEventType,
                new ThreadEscalation(fresh.ThreadId, "Key account asked for a call", "account-manager"), PartnerCasesJsonContext.Default.ThreadEscalation));
            await host.IdleAsync();
        }

        Assert.Single(host.CasesFor($"escalation:{fresh.ThreadId}"));
        Assert.Single(host.PostsByUs(fresh.ThreadId));
    }

    [Fact]
    public async Task TG_CC_7_resolution_summary_with_root_cause_goes_to_the_partner_without_internal_notes()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s
            .AddPartnerDisputeToCase(o => o.CaseDefinitionId = PartnerCasesFixture.CaseType)
            .AddResolutionToPartner());
        var thread = host.Grid().PartnerOpensThread(host.PartnerSpace().SpaceId, "Price mismatch", "Invoice price differs from PO.", "Invoice");
        await host.PollAsync(PartnerDisputeToCase.Poller);
        var caseRef = Assert.Single(host.CasesFor($"thread:{thread.ThreadId}")).Ref();

        var client = host.CoreCase();
        await client.Comments.AddAsync(caseRef, $"{Secret}: blame the pricing team");
        await client.Comments.AddAsync(caseRef, "Root cause: an outdated price list was loaded.", CommentVisibility.Shared);
        await client.Comments.AddAsync(caseRef, "Corrective action: price lists are now synchronised nightly.", CommentVisibility.Shared);
        await client.Cases.ChangeStatusAsync(caseRef, CaseStatus.InProgress);
        await client.Cases.ChangeStatusAsync(caseRef, CaseStatus.Resolved, "credit note issued");
        await host.PollAsync(ResolutionToPartner.Poller);
        await host.PollAsync(ResolutionToPartner.Poller);

        var summary = Assert.Single(host.PostsByUs(thread.ThreadId));
        Assert.Contains("credit note issued", summary.Body, StringComparison.Ordinal);
        Assert.Contains("Root cause: an outdated price list was loaded.", summary.Body, StringComparison.Ordinal);
        Assert.Contains("Corrective action: price lists are now synchronised nightly.", summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Grid().Posts, p => p.Body.Contains(Secret, StringComparison.Ordinal));
        Assert.Equal("Resolved", host.Grid().Threads.Single(t => t.ThreadId == thread.ThreadId).Status);
    }

    [Fact]
    public async Task TG_CC_4_transient_core_case_failure_is_retried()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddTransactionFailureToCase(o =>
        {
            o.CaseDefinitionId = PartnerCasesFixture.CaseType;
            o.ErrorCodes.Add("MD-PRICE-MISMATCH");
        }));
        host.Systems.CoreCase.Faults.Add(Fault.Status(503), count: 2, pathContains: "/cases", method: "POST");

        await host.PollAsync(TransactionFailureToCase.Poller);

        Assert.Equal(2, host.Systems.CoreCase.Faults.InjectedCount);
        Assert.Single(host.CasesFor(PriceMismatch));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task TG_CC_4_permanent_failure_is_dead_lettered_and_replayed_once()
    {
        await using var host = await RecipeTestHost.StartAsync(s => s.AddTransactionFailureToCase(o =>
        {
            o.CaseDefinitionId = PartnerCasesFixture.CaseType;
            o.ErrorCodes.Add("MD-PRICE-MISMATCH");
        }));
        host.Systems.CoreCase.Faults.Add(Fault.Status(503), count: null, pathContains: "/cases", method: "POST");

        await host.PollAsync(TransactionFailureToCase.Poller);

        var dead = Assert.Single(await host.DeadLetters.QueryAsync(new DeadLetterQuery { Scenario = TransactionFailureToCase.Id }));
        Assert.Equal(TransactionFailureToCase.Id, dead.Scenario);
        Assert.Equal("open-case", dead.Step);
        Assert.Contains("503", dead.ErrorMessage + dead.ErrorType, StringComparison.Ordinal);
        Assert.Empty(host.CasesFor(PriceMismatch));

        host.Systems.CoreCase.Faults.Clear();
        Assert.True(await host.DeadLetters.ReplayAsync(dead.Id));
        await host.IdleAsync();
        await host.DeadLetters.ReplayAsync(dead.Id);
        await host.IdleAsync();

        Assert.Single(host.CasesFor(PriceMismatch));
    }

    [Fact]
    public void Options_are_validated_when_the_recipe_is_added()
    {
        var scenarios = new ServiceCollection().AddScenarios();
        var error = Assert.Throws<ArgumentException>(() => scenarios.AddPartnerDisputeToCase(o => o.CaseDefinitionId = ""));
        Assert.Contains("TG-CC-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("CaseDefinitionId", error.Message, StringComparison.Ordinal);
    }
}
