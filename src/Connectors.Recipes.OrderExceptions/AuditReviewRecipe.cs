using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of BC-CC-8 (audit review of a transaction).</summary>
public sealed class AuditReviewOptions : CaseDecisionOptions
{
    /// <summary>Creates the options; audit cases go to the <c>audit</c> group.</summary>
    public AuditReviewOptions() => AssigneeGroup = "audit";

    /// <summary>Attach an invoice rendered from the order (<c>invoice.txt</c>).</summary>
    public bool AttachInvoice { get; set; } = true;

    /// <summary>Attach the order's messages (<c>messages.json</c>).</summary>
    public bool AttachMessages { get; set; } = true;

    /// <summary>Attach the order's shipments (<c>shipments.json</c>).</summary>
    public bool AttachShipments { get; set; } = true;

    /// <summary>Attach the order's payment transactions and refunds (<c>transactions.json</c>).</summary>
    public bool AttachTransactions { get; set; } = true;

    /// <summary>The case attribute holding the auditor's findings; the resolution reason is used when it is not set.</summary>
    public string FindingsAttribute { get; set; } = "findings";

    /// <summary>How long the findings are retained on the case (written to the case attribute <c>retainUntil</c>).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7 * 365 + 2);

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        base.Check(problems);
        if (string.IsNullOrWhiteSpace(FindingsAttribute))
        {
            problems.Add("FindingsAttribute is required");
        }

        if (Retention <= TimeSpan.Zero)
        {
            problems.Add("Retention must be positive");
        }
    }
}

/// <summary>
/// BC-CC-8: an audit request from finance, legal or audit opens a case with the order snapshot and the evidence
/// (invoice, messages, shipments, transactions) as attachments; on resolution the findings are retained on the case
/// and the order's staff notes record that the audit is complete.
/// </summary>
public static class AuditReviewRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "BC-CC-8";

    /// <summary>The flow-back scenario.</summary>
    public const string OutcomeScenario = Id + ".outcome";

    /// <summary>The Core Case events poller of the flow-back.</summary>
    public const string CaseEventsPoller = Id + ".case-events";

    /// <summary>The file name of the order snapshot attachment.</summary>
    public const string SnapshotFile = "order-snapshot.json";

    private const string Kind = "audit";

    /// <summary>Adds BC-CC-8 and its flow-back. Hosts submit audit requests with <see cref="HostRequestEnvelopes.Audit"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="RecipeOptionsBase.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddAuditReview(this ScenariosBuilder builder, Action<AuditReviewOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var o = new AuditReviewOptions();
        configure(o);
        o.Validate(Id);

        builder.AddScenario(Id, s => s
            .From(RecipeTriggers.Host(RecipeTriggers.AuditRequested, OrderExceptionsJsonContext.Default.AuditRequest))
            .Enrich("read-order", async (request, step, ct) =>
            {
                if (request.OrderId <= 0 || string.IsNullOrWhiteSpace(request.AuditRef) || string.IsNullOrWhiteSpace(request.RequestedBy))
                {
                    throw new ScenarioException($"Audit request is incomplete: orderId, auditRef and requestedBy are required (got order {request.OrderId}, ref '{request.AuditRef}').");
                }

                return new Audit(request, await OrderCases.ReadOrderAsync(step, request.OrderId, ct).ConfigureAwait(false));
            })
            .Then("open-case", a => $"{a.Order.Store}:{a.Order.OrderId}:{a.Request.AuditRef}", (a, step, ct) => OrderCases.OpenAsync(
                step, a.Order.Store, a.Order.OrderId, $"order:{a.Order.OrderId}:{Kind}:{a.Request.AuditRef}", c =>
                {
                    c.CaseDefinitionId = o.CaseDefinitionId;
                    c.Title = $"Audit {a.Request.AuditRef}: order {a.Order.OrderId}";
                    c.Category = Kind;
                    c.Assignee = o.AssigneeGroup is null ? null : CaseIdentity.FunctionalRole(o.AssigneeGroup);
                    OrderCases.AddOrderAttributes(c, a.Order);
                    c.Attributes["auditRef"] = a.Request.AuditRef;
                    c.Attributes["requestedBy"] = a.Request.RequestedBy;
                    c.Attributes["auditReason"] = a.Request.Reason;
                }, ct), OrderExceptionsJsonContext.Default.OpenedCase)
            .Then("attach-evidence", opened => $"{opened.Case}:evidence", (opened, step, ct) => AttachEvidenceAsync(opened, step, o, ct))
            .Then("link-order", opened => $"{opened.Case}:link", (opened, step, ct) => OrderCases.LinkOnOrderAsync(step, opened, ct)));

        return CaseFlowBack.Add(builder, Id, "order", Kind, o, _ => true, "retain-findings", x => $"{x.Store}:{x.SubjectId}:{CaseFlowBack.Qualifier(x.Reference)}", (x, step, ct) => RetainAsync(x, step, o, ct));
    }

    /// <summary>Uploads each evidence file the case does not have yet, so a retried step adds only what is missing.</summary>
    private static async ValueTask AttachEvidenceAsync(OpenedCase opened, StepContext step, AuditReviewOptions o, CancellationToken ct)
    {
        var attachments = step.Services.GetRequiredService<CoreCaseClient>().Attachments;
        var present = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var attachment in attachments.ListAsync(opened.Case, ct).WithCancellation(ct).ConfigureAwait(false))
        {
            present.Add(attachment.FileName);
        }

        foreach (var (name, contentType, content) in await EvidenceAsync(opened.OrderId, step, o, ct).ConfigureAwait(false))
        {
            if (present.Add(name))
            {
                using var stream = new MemoryStream(content);
                await attachments.UploadAsync(opened.Case, stream, name, contentType, ct).ConfigureAwait(false);
            }
        }
    }

    private static async ValueTask<List<(string Name, string ContentType, byte[] Content)>> EvidenceAsync(int orderId, StepContext step, AuditReviewOptions o, CancellationToken ct)
    {
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var order = await OrderCases.ReadOrderAsync(step, orderId, ct).ConfigureAwait(false);
        var files = new List<(string, string, byte[])> { (SnapshotFile, "application/json", Json(order, OrderExceptionsJsonContext.Default.OrderSnapshot)) };
        if (o.AttachInvoice)
        {
            files.Add(("invoice.txt", "text/plain", Encoding.UTF8.GetBytes(Invoice(order))));
        }

        if (o.AttachMessages)
        {
            var messages = new List<MessageEvidence>();
            await foreach (var m in client.Orders.ListMessagesAsync(orderId).WithCancellation(ct).ConfigureAwait(false))
            {
                messages.Add(new MessageEvidence(m.Id, m.Subject, m.Message, m.Status, m.DateCreated));
            }

            files.Add(("messages.json", "application/json", Json(messages, OrderExceptionsJsonContext.Default.ListMessageEvidence)));
        }

        if (o.AttachShipments)
        {
            var shipments = new List<ShipmentEvidence>();
            await foreach (var sh in client.Shipments.ListAsync(orderId).WithCancellation(ct).ConfigureAwait(false))
            {
                shipments.Add(new ShipmentEvidence(sh.Id, sh.TrackingNumber, sh.TrackingCarrier ?? sh.ShippingProvider, sh.ShippingMethod, sh.DateCreated, sh.Items.Select(i => i.OrderProductId).ToList()));
            }

            files.Add(("shipments.json", "application/json", Json(shipments, OrderExceptionsJsonContext.Default.ListShipmentEvidence)));
        }

        if (o.AttachTransactions)
        {
            var transactions = new List<TransactionEvidence>();
            await foreach (var t in client.Payments.ListTransactionsAsync(orderId).WithCancellation(ct).ConfigureAwait(false))
            {
                transactions.Add(new TransactionEvidence(t.Id, t.Event, t.Amount, t.Gateway, t.GatewayTransactionId, t.Status, t.DateCreated));
            }

            await foreach (var r in client.Payments.ListRefundsAsync(orderId).WithCancellation(ct).ConfigureAwait(false))
            {
                transactions.Add(new TransactionEvidence(r.Id, "refund", r.TotalAmount, r.Payments.FirstOrDefault()?.ProviderId, r.Reason, "refunded", r.Created));
            }

            files.Add(("transactions.json", "application/json", Json(transactions, OrderExceptionsJsonContext.Default.ListTransactionEvidence)));
        }

        return files;
    }

    private static string Invoice(OrderSnapshot order)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"INVOICE for order {order.OrderId} ({order.Store})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Date: {order.Created:yyyy-MM-dd}   Status: {order.Status}   Payment: {order.PaymentMethod} ({order.PaymentStatus})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Bill to: {order.CustomerName} <{order.CustomerEmail}>, customer #{order.CustomerId}, {order.Country}");
        foreach (var line in order.Lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{line.Quantity} x {line.Sku} {line.Name} @ {line.Price:0.00} = {line.Quantity * line.Price:0.00}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Discount: {order.Discount:0.00}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Total (incl. tax): {order.Total:0.00} {order.Currency}");
        return text.ToString();
    }

    private static byte[] Json<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static async ValueTask RetainAsync(CaseOutcome x, StepContext step, AuditReviewOptions o, CancellationToken ct)
    {
        var theCase = x.Case!;
        var auditRef = CaseFlowBack.Qualifier(x.Reference);
        var findings = OrderCases.Text(theCase, o.FindingsAttribute) ?? x.Reason ?? "no findings recorded";
        var now = (step.Services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var until = (now + o.Retention).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var cases = step.Services.GetRequiredService<CoreCaseClient>();
        var update = new UpdateCaseOptions();
        update.Attributes[o.FindingsAttribute] = findings;
        update.Attributes["retainUntil"] = until;
        await cases.Cases.UpdateAsync(theCase.Ref, update, ct).ConfigureAwait(false);
        await CaseNotes.AddOnceAsync(step, theCase.Ref, $"Audit {auditRef} findings, retained until {until}: {findings}", ct).ConfigureAwait(false);

        // The findings stay on the case; the order only records that the audit is complete and where to look.
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var order = (await client.Orders.GetAsync(x.SubjectId, ct).ConfigureAwait(false)).Value;
        await client.Orders.UpdateAsync(x.SubjectId, new UpdateOrderRequest
        {
            StaffNotes = OrderReview.Note(order.StaffNotes, $"Audit {auditRef} completed (case {theCase.CaseNumber}); findings retained on the case until {until} (correlation {step.CorrelationId})"),
        }, ct).ConfigureAwait(false);
    }

    private sealed record Audit(AuditRequest Request, OrderSnapshot Order);
}
