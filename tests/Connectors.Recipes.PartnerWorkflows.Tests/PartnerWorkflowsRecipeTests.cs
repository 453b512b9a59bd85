using Connectors.Emulators.Hosting;
using Connectors.OpenText.WorkflowService;
using Connectors.Recipes.PartnerWorkflows;
using Connectors.Scenarios.Storage;

namespace Connectors.Recipes.PartnerWorkflows.Tests;

public sealed class PartnerWorkflowsRecipeTests
{
    private const string Verona = PartnerWorkflowsTestKit.Verona;

    [Fact]
    public async Task TG_WF_1_partner_dispute_thread_starts_workflow_with_owner_due_date_and_approval()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerExceptionWorkflow(o => o.DueIn = TimeSpan.FromDays(2)));
        await using var callbacks = await host.ListenToTradingGridAsync();
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "PO-104233 quantity dispute", "We shipped 40, you booked 38.", "Dispute");
        host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "Hello", "Just saying hi", "General");

        await host.PollAsync($"{PartnerExceptionWorkflow.Id}/tradinggrid-thread.created");

        var process = Assert.Single(host.Processes("partner-exception", $"{Verona}/{thread.ThreadId}"));
        Assert.Equal("partner-disputes", process.Variable("owner"));
        Assert.Equal("partner-approvers", process.Variable("approvalGroup"));
        Assert.Equal(thread.ThreadId, process.Variable("threadId"));
        Assert.NotNull(process.Variable("dueDate"));
        Assert.False(string.IsNullOrEmpty(process.Variable("correlationId")));
        Assert.Single(host.Systems.WorkflowService.Engine.Instances, i => i.Definition.Key == "partner-exception");

        // a replayed poll and a webhook delivery for the same thread do not start a second process
        await host.PollAsync($"{PartnerExceptionWorkflow.Id}/tradinggrid-thread.created");
        var created = host.Grid().Events.First(e => e.EventType == "thread.created" && e.Data.GetValueOrDefault("threadId") == thread.ThreadId);
        await host.Inbox.SubmitAsync(await callbacks.DeliveryOfAsync(created.EventId));
        await host.IdleAsync();
        Assert.Single(host.Processes("partner-exception", $"{Verona}/{thread.ThreadId}"));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task TG_WF_1_trading_grid_webhook_alone_starts_the_workflow()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerExceptionWorkflow());
        await using var callbacks = await host.ListenToTradingGridAsync();
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "PO-104250 late delivery", "The truck missed its slot.", "Dispute");
        var created = host.Grid().Events.First(e => e.EventType == "thread.created" && e.Data.GetValueOrDefault("threadId") == thread.ThreadId);

        // The body exactly as Trading Grid posts it (nested "data"), no poll.
        await host.Inbox.SubmitAsync(await callbacks.DeliveryOfAsync(created.EventId));
        await host.IdleAsync();

        var process = Assert.Single(host.Processes("partner-exception", $"{Verona}/{thread.ThreadId}"));
        Assert.Equal(thread.ThreadId, process.Variable("threadId"));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task TG_WF_3_trading_grid_webhook_alone_starts_onboarding()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerOnboardingWorkflow());
        await using var callbacks = await host.ListenToTradingGridAsync();
        var submission = host.Grid().SubmitOnboarding("Initech Foods", "edi@initech.example", ["ZZ:INITECH"], ["850"]);
        var submitted = host.Grid().Events.First(e => e.EventType == "onboarding.submitted" && e.Data.GetValueOrDefault("submissionId") == submission.SubmissionId);

        await host.Inbox.SubmitAsync(await callbacks.DeliveryOfAsync(submitted.EventId));
        await host.IdleAsync();

        var process = Assert.Single(host.Processes("partner-onboarding", submission.SubmissionId));
        Assert.Equal("Initech Foods", process.Variable("companyName"));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task TG_WF_2_workflow_service_callbacks_alone_post_the_decision_back()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddDocumentReviewWorkflow());
        var document = host.Grid().PartnerSharesDocument(host.SpaceOf(Verona), "invoice-77001.pdf", [4, 5], "Invoice");
        await host.PollAsync($"{DocumentReviewWorkflow.Id}/tradinggrid-document.shared");
        var process = Assert.Single(host.Processes("document-review", document.DocumentId));
        await host.CompleteAsync(document.DocumentId, "review", WorkflowVariable.FromString("decision", "approved"));

        // Each change of the process as the Workflow Service callback body, stored as Connectors.AspNetCore stores it.
        var events = new List<WorkflowEvent>();
        await foreach (var e in host.Get<WorkflowServiceClient>().Events.ListEventsAsync(0))
        {
            events.Add(e);
        }

        foreach (var e in events.Where(e => e.ProcessInstanceId == process.Id))
        {
            var body = System.Text.Json.JsonSerializer.Serialize(e, WorkflowEvent.JsonTypeInfo);
            await host.Inbox.SubmitAsync(new Connectors.Scenarios.Events.EventEnvelope(e.Id, "workflowservice", e.Type.Value, body));
        }

        await host.IdleAsync();

        var threadId = process.Variable("threadId")!;
        Assert.Single(host.PartnerPosts(threadId), p => p.Body.Contains("approved", StringComparison.Ordinal));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task TG_WF_2_shared_document_is_reviewed_and_the_decision_is_posted_back()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddDocumentReviewWorkflow());
        var document = host.Grid().PartnerSharesDocument(host.SpaceOf(Verona), "invoice-55012.pdf", [1, 2, 3], "Invoice");

        await host.PollAsync($"{DocumentReviewWorkflow.Id}/tradinggrid-document.shared");
        var process = Assert.Single(host.Processes("document-review", document.DocumentId));
        var threadId = process.Variable("threadId")!;
        Assert.Single(host.Grid().Threads, t => t.ThreadId == threadId);

        await host.CompleteAsync(document.DocumentId, "review",
            WorkflowVariable.FromString("decision", "approved"),
            WorkflowVariable.FromString("partnerComment", "Thanks."),
            WorkflowVariable.FromString("internalNote", "margin is thin"));
        await host.PollAsync($"{DocumentReviewWorkflow.FlowBackId}/workflow-events");
        await host.PollAsync($"{DocumentReviewWorkflow.FlowBackId}/workflow-events");

        var posts = host.PartnerPosts(threadId);
        var approved = Assert.Single(posts, p => p.Body.Contains("approved", StringComparison.Ordinal));
        Assert.Contains("invoice-55012.pdf", approved.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(posts, p => p.Body.Contains("margin", StringComparison.Ordinal));

        await host.PollAsync($"{DocumentReviewWorkflow.Id}/tradinggrid-document.shared");
        Assert.Single(host.Processes("document-review", document.DocumentId));
    }

    [Fact]
    public async Task TG_WF_3_onboarding_submission_starts_onboarding_and_each_status_is_published()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerOnboardingWorkflow());
        var submission = host.Grid().SubmitOnboarding("Globex Foods", "edi@globex.example", ["ZZ:GLOBEX"], ["850", "810"]);

        await host.PollAsync($"{PartnerOnboardingWorkflow.Id}/tradinggrid-onboarding.submitted");
        var process = Assert.Single(host.Processes("partner-onboarding", submission.SubmissionId));
        Assert.Equal("Globex Foods", process.Variable("companyName"));

        await host.CompleteAsync(submission.SubmissionId, "complianceCheck");
        await host.PollAsync($"{PartnerOnboardingWorkflow.FlowBackId}/workflow-events");
        Assert.Equal("InReview", host.Grid().OnboardingSubmissions.Single(o => o.SubmissionId == submission.SubmissionId).Status);
        Assert.Equal("Compliance check completed.", host.Grid().OnboardingSubmissions.Single(o => o.SubmissionId == submission.SubmissionId).StatusComment);

        foreach (var task in new[] { "accountSetup", "masterDataValidation", "approval" })
        {
            await host.CompleteAsync(submission.SubmissionId, task);
        }

        await host.PollAsync($"{PartnerOnboardingWorkflow.FlowBackId}/workflow-events");
        var final = host.Grid().OnboardingSubmissions.Single(o => o.SubmissionId == submission.SubmissionId);
        Assert.Equal("Completed", final.Status);

        await host.PollAsync($"{PartnerOnboardingWorkflow.Id}/tradinggrid-onboarding.submitted");
        Assert.Single(host.Processes("partner-onboarding", submission.SubmissionId));
    }

    [Fact]
    public async Task TG_WF_4_pricing_conflict_is_classified_routed_and_its_resolution_posted()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddOrderDiscrepancyWorkflow());

        await host.PollAsync($"{OrderDiscrepancyWorkflow.Id}/tradinggrid-transaction.failed");

        // the seeded held invoice TX0000009004 fails with MD-PRICE-MISMATCH; unclassified failures start nothing
        var process = Assert.Single(host.Processes("order-discrepancy", "TX0000009004/pricing-conflict"));
        Assert.Equal("pricing", process.Variable("team"));
        Assert.Single(host.Systems.WorkflowService.Engine.Instances, i => i.Definition.Key == "order-discrepancy");
        var threadId = process.Variable("threadId")!;

        await host.CompleteAsync("TX0000009004/pricing-conflict", "resolve", WorkflowVariable.FromString("resolution", "price corrected to 12.40 per case"));
        await host.PollAsync($"{OrderDiscrepancyWorkflow.FlowBackId}/workflow-events");

        var post = Assert.Single(host.PartnerPosts(threadId), p => p.Body.Contains("resolved", StringComparison.Ordinal));
        Assert.Contains("price corrected to 12.40 per case", post.Body, StringComparison.Ordinal);
        Assert.Equal("Resolved", host.Grid().Threads.Single(t => t.ThreadId == threadId).Status);

        await host.PollAsync($"{OrderDiscrepancyWorkflow.Id}/tradinggrid-transaction.failed");
        await host.PollAsync($"{OrderDiscrepancyWorkflow.FlowBackId}/workflow-events");
        Assert.Single(host.Processes("order-discrepancy", "TX0000009004/pricing-conflict"));
        Assert.Single(host.PartnerPosts(threadId), p => p.Body.Contains("resolved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TG_WF_5_certificate_is_checked_reviewed_reminded_and_outcome_posted()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddCertificateValidationWorkflow());
        var space = host.SpaceOf(Verona);
        var valid = host.Grid().PartnerSharesDocument(space, "iso-9001.pdf", [1], "Certificate", expiresOn: today.AddDays(20));
        var incomplete = host.Grid().PartnerSharesDocument(space, "haccp.pdf", [2], "Certificate");

        await host.PollAsync($"{CertificateValidationWorkflow.Id}/tradinggrid-document.shared");
        var process = Assert.Single(host.Processes("certificate-validation", $"{Verona}/{valid.DocumentId}"));
        Assert.Empty(host.Processes("certificate-validation", $"{Verona}/{incomplete.DocumentId}"));
        Assert.Single(host.Grid().Posts, p => p.Body.Contains("haccp.pdf cannot be reviewed", StringComparison.Ordinal));

        await host.CompleteAsync($"{Verona}/{valid.DocumentId}", "review", WorkflowVariable.FromString("outcome", "accepted"));
        await host.PollAsync($"{CertificateValidationWorkflow.FlowBackId}/workflow-events");
        var threadId = process.Variable("threadId")!;
        Assert.Single(host.PartnerPosts(threadId), p => p.Body.Contains("iso-9001.pdf", StringComparison.Ordinal) && p.Body.Contains("accepted", StringComparison.Ordinal));

        // 20 days left: the 30-day reminder is due, the 7-day one is not; a second run reminds nobody again
        await host.PollAsync($"{CertificateValidationWorkflow.RemindersId}/certificate-expiry");
        await host.PollAsync($"{CertificateValidationWorkflow.RemindersId}/certificate-expiry");
        Assert.Single(host.Grid().Posts, p => p.Body.Contains("iso-9001.pdf expires on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TG_WF_6_claim_with_evidence_runs_the_claims_process_and_each_stage_is_reflected()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerClaimsWorkflow());
        var space = host.SpaceOf(Verona);
        var thread = host.Grid().PartnerOpensThread(space, "Shortage on ASN-88120", "Two cases missing.", "Claim");
        var evidence = host.Grid().PartnerSharesDocument(space, "pod.pdf", [9], "ProofOfDelivery", thread.ThreadId);

        await host.PollAsync($"{PartnerClaimsWorkflow.Id}/tradinggrid-thread.created");
        var process = Assert.Single(host.Processes("claims-process", thread.ThreadId));
        Assert.Equal("shortage", process.Variable("claimType"));
        Assert.Equal(evidence.DocumentId, process.Variable("evidenceDocumentIds"));

        await host.CompleteAsync(thread.ThreadId, "intake");
        await host.CompleteAsync(thread.ThreadId, "validation", WorkflowVariable.FromBoolean("valid", true));
        await host.PollAsync($"{PartnerClaimsWorkflow.FlowBackId}/workflow-events");
        await host.CompleteAsync(thread.ThreadId, "investigation");
        await host.CompleteAsync(thread.ThreadId, "approval", WorkflowVariable.FromBoolean("approved", true));
        await host.CompleteAsync(thread.ThreadId, "settlement");
        await host.PollAsync($"{PartnerClaimsWorkflow.FlowBackId}/workflow-events");
        await host.PollAsync($"{PartnerClaimsWorkflow.FlowBackId}/workflow-events");

        var posts = host.PartnerPosts(thread.ThreadId).Select(p => p.Body).ToArray();
        Assert.Contains(posts, b => b.Contains("received and logged", StringComparison.Ordinal));
        Assert.Contains(posts, b => b.Contains("validated", StringComparison.Ordinal));
        Assert.Contains(posts, b => b.Contains("investigation", StringComparison.Ordinal));
        Assert.Contains(posts, b => b.Contains("decided", StringComparison.Ordinal));
        Assert.Contains(posts, b => b.Contains("settled", StringComparison.Ordinal));
        Assert.Single(posts, b => b.Contains("is closed", StringComparison.Ordinal));
        Assert.Single(posts, b => b.Contains("validated", StringComparison.Ordinal));

        await host.PollAsync($"{PartnerClaimsWorkflow.Id}/tradinggrid-thread.created");
        Assert.Single(host.Processes("claims-process", thread.ThreadId));
    }

    [Fact]
    public async Task TG_WF_7_partner_request_becomes_a_team_task_and_clarifications_travel_both_ways()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerRequestWorkflow());
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "Special price for PO-104240", "Can we get 5% off?", "PricingException");

        await host.PollAsync($"{PartnerRequestWorkflow.Id}/tradinggrid-thread.created");
        var process = Assert.Single(host.Processes("partner-request", thread.ThreadId));
        Assert.Equal("pricing", process.Variable("team"));

        await host.CompleteAsync(thread.ThreadId, "triage", WorkflowVariable.FromString("clarificationQuestion", "Which lines does the discount cover?"));
        await host.PollAsync($"{PartnerRequestWorkflow.ClarificationId}/workflow-tasks");
        await host.PollAsync($"{PartnerRequestWorkflow.ClarificationId}/workflow-tasks");
        Assert.Single(host.PartnerPosts(thread.ThreadId), p => p.Body.Contains("Which lines does the discount cover?", StringComparison.Ordinal));

        host.Grid().PartnerPosts(thread.ThreadId, "Lines 1 to 3.");
        await host.PollAsync($"{PartnerRequestWorkflow.ReplyId}/tradinggrid-post.created");
        await host.PollAsync($"{PartnerRequestWorkflow.ReplyId}/tradinggrid-post.created");
        var task = host.Systems.WorkflowService.Engine.Tasks.Single(t => t.Node.Id == "clarify" && t.Instance.Id == process.Id);
        var comments = await host.Get<WorkflowServiceClient>().Tasks.GetCommentsAsync(task.Id);
        Assert.Single(comments.Value, c => c.Message!.Contains("Lines 1 to 3.", StringComparison.Ordinal));

        await host.PollAsync($"{PartnerRequestWorkflow.Id}/tradinggrid-thread.created");
        Assert.Single(host.Processes("partner-request", thread.ThreadId));
    }

    [Fact]
    public async Task TG_WF_7_clarification_trigger_rests_on_the_published_task_list_not_on_the_assumed_feed()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerRequestWorkflow());
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "Correct our VAT number", "It changed in May.", "ProductDataCorrection");
        await host.PollAsync($"{PartnerRequestWorkflow.Id}/tradinggrid-thread.created");
        host.Systems.WorkflowService.Faults.Add(Fault.Status(500), count: null, pathContains: "/workflow/v1/events");

        await host.CompleteAsync(thread.ThreadId, "triage", WorkflowVariable.FromString("clarificationQuestion", "Which VAT number is the new one?"));
        await host.PollAsync($"{PartnerRequestWorkflow.ClarificationId}/workflow-tasks");

        Assert.Single(host.PartnerPosts(thread.ThreadId), p => p.Body.Contains("Which VAT number is the new one?", StringComparison.Ordinal));
        Assert.Equal(0, host.Systems.WorkflowService.Faults.InjectedCount);
    }

    [Fact]
    public async Task TG_WF_7_clarification_trigger_can_use_the_assumed_event_feed()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerRequestWorkflow(o => o.ClarificationTrigger = WorkflowTriggerSource.AssumedEventFeed));
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "Service visit for line 2", "The sealer is down.", "ServiceRequest");
        await host.PollAsync($"{PartnerRequestWorkflow.Id}/tradinggrid-thread.created");

        await host.CompleteAsync(thread.ThreadId, "triage", WorkflowVariable.FromString("clarificationQuestion", "Which serial number?"));
        await host.PollAsync($"{PartnerRequestWorkflow.ClarificationId}/workflow-events");

        Assert.Single(host.PartnerPosts(thread.ThreadId), p => p.Body.Contains("Which serial number?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TG_WF_8_workflow_progress_is_published_in_the_partner_space()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerExceptionWorkflow().AddWorkflowProgressPublishing());
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "Delivery refused at dock 4", "Driver was sent away.", "Exception");
        await host.PollAsync($"{PartnerExceptionWorkflow.Id}/tradinggrid-thread.created");
        var businessKey = $"{Verona}/{thread.ThreadId}";

        await host.CompleteAsync(businessKey, "handle");
        await host.PollAsync($"{WorkflowProgressPublishing.Id}/workflow-events");
        await host.CompleteAsync(businessKey, "approve");
        await host.PollAsync($"{WorkflowProgressPublishing.Id}/workflow-events");
        await host.PollAsync($"{WorkflowProgressPublishing.Id}/workflow-events");

        var posts = host.PartnerPosts(thread.ThreadId).Select(p => p.Body).ToArray();
        Assert.Single(posts, b => b.StartsWith("Your request is now at: Handle the exception.\n\n[ref ", StringComparison.Ordinal)); // the text, then the find-first marker
        Assert.Single(posts, b => b.StartsWith("Completed: Handle the exception.\n\n[ref ", StringComparison.Ordinal)); // the text, then the find-first marker
        Assert.Single(posts, b => b.StartsWith("Completed: Approve the resolution.\n\n[ref ", StringComparison.Ordinal)); // the text, then the find-first marker
        Assert.Single(posts, b => b.StartsWith("Your request has been completed.\n\n[ref ", StringComparison.Ordinal)); // the text, then the find-first marker
    }

    [Fact]
    public async Task PartnerWorkflows_transient_workflow_failure_is_retried_and_the_process_starts_once()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerClaimsWorkflow());
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "Damage on delivery", "Crushed pallets.", "Claim");
        // the start itself (a POST the client never resends) answers 503 twice: the engine retries the step
        host.Systems.WorkflowService.Faults.Add(Fault.Status(503), count: 2, pathContains: "process-instances", method: "POST");

        await host.PollAsync($"{PartnerClaimsWorkflow.Id}/tradinggrid-thread.created");

        Assert.Equal(2, host.Systems.WorkflowService.Faults.InjectedCount);
        Assert.Single(host.Processes("claims-process", thread.ThreadId));
        Assert.Empty(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
    }

    [Fact]
    public async Task PartnerWorkflows_permanent_workflow_failure_is_dead_lettered_and_replay_starts_once()
    {
        await using var host = await PartnerWorkflowsTestKit.StartAsync(s => s.AddPartnerClaimsWorkflow());
        var thread = host.Grid().PartnerOpensThread(host.SpaceOf(Verona), "Chargeback on INV-55012", "We dispute the chargeback.", "Claim");
        host.Systems.WorkflowService.Faults.Add(Fault.Status(503), count: null, pathContains: "process-instances", method: "POST");

        await host.PollAsync($"{PartnerClaimsWorkflow.Id}/tradinggrid-thread.created");

        var letter = Assert.Single(await host.DeadLetters.QueryAsync(new DeadLetterQuery()));
        Assert.Equal(PartnerClaimsWorkflow.Id, letter.Scenario);
        Assert.Equal("start-claim", letter.Step);
        Assert.Contains("503", letter.ErrorMessage + letter.ErrorType, StringComparison.Ordinal);
        Assert.Empty(host.Processes("claims-process", thread.ThreadId));

        host.Systems.WorkflowService.Faults.Clear();
        Assert.True(await host.DeadLetters.ReplayAsync(letter.Id));
        await host.IdleAsync();
        await host.DeadLetters.ReplayAsync(letter.Id);
        await host.IdleAsync();

        Assert.Single(host.Processes("claims-process", thread.ThreadId));
        Assert.Equal("chargeback", host.Processes("claims-process", thread.ThreadId)[0].Variable("claimType"));
    }
}
