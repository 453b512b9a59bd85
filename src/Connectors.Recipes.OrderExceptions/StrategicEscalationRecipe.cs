using System.Globalization;
using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Building;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of BC-CC-7 (strategic / B2B account escalation).</summary>
public sealed class StrategicEscalationOptions : CaseDecisionOptions
{
    /// <summary>Creates the options; escalations go to <c>key-accounts</c> with <c>account-management</c> collaborating.</summary>
    public StrategicEscalationOptions() => AssigneeGroup = "key-accounts";

    /// <summary>Customer groups whose customers are strategic (for example Wholesale or a B2B group).</summary>
    public ISet<int> StrategicCustomerGroupIds { get; } = new HashSet<int>();

    /// <summary>Order statuses that are an open issue on a strategic customer's order (the webhook and poll path).</summary>
    public ISet<OrderStatus> IssueStatuses { get; } = new HashSet<OrderStatus> { OrderStatus.Disputed };

    /// <summary>The webhook scope of the order path (its poll twin produces the same).</summary>
    public string WebhookScope { get; set; } = "store/order/statusUpdated";

    /// <summary>Groups added to the case as collaborators (one task each: Core Case has no collaborator list).</summary>
    public IList<string> CollaboratorGroups { get; } = ["account-management"];

    /// <summary>Users added to the case as collaborators.</summary>
    public IList<string> CollaboratorUsers { get; } = [];

    /// <summary>Outcomes (case-insensitive) that send a replacement: a zero-priced copy of the order's lines.</summary>
    public ISet<string> ReplacementOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "replacement", "replace" };

    /// <summary>Outcomes (case-insensitive) that refund the amount in <see cref="RefundAmountAttribute"/> (what is left to refund when not set).</summary>
    public ISet<string> RefundOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "refund" };

    /// <summary>Outcomes (case-insensitive) that grant the special price in <see cref="SpecialPriceAttribute"/>: the difference is refunded.</summary>
    public ISet<string> SpecialPriceOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "special-price" };

    /// <summary>The case attribute with the amount to refund.</summary>
    public string RefundAmountAttribute { get; set; } = "refundAmount";

    /// <summary>The case attribute with the agreed order total (required with a special-price outcome).</summary>
    public string SpecialPriceAttribute { get; set; } = "specialPrice";

    /// <summary>The status of the replacement order.</summary>
    public OrderStatus ReplacementStatus { get; set; } = OrderStatus.AwaitingFulfillment;

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        base.Check(problems);
        if (string.IsNullOrWhiteSpace(RefundAmountAttribute) || string.IsNullOrWhiteSpace(SpecialPriceAttribute))
        {
            problems.Add("RefundAmountAttribute and SpecialPriceAttribute are required");
        }

        if (CollaboratorGroups.Concat(CollaboratorUsers).Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("collaborator names cannot be empty");
        }

        CheckDisjoint(problems, (nameof(ReplacementOutcomes), ReplacementOutcomes), (nameof(RefundOutcomes), RefundOutcomes), (nameof(SpecialPriceOutcomes), SpecialPriceOutcomes));
    }
}

/// <summary>
/// BC-CC-7: an open issue on a strategic account's order (raised by a host, or an issue status on an order of a
/// strategic customer group) opens one escalation case per order with collaborators; the remedy decided on the case
/// (replacement, refund, special price) is carried out on the order.
/// </summary>
public static class StrategicEscalationRecipe
{
    /// <summary>The catalog id and scenario name: escalations raised by a host.</summary>
    public const string Id = "BC-CC-7";

    /// <summary>The scenario of the order path (webhook and poll twin).</summary>
    public const string OrderScenario = Id + ".order-issues";

    /// <summary>The flow-back scenario.</summary>
    public const string OutcomeScenario = Id + ".outcome";

    /// <summary>The order poll twin.</summary>
    public const string OrderPoller = Id + ".orders";

    /// <summary>The Core Case events poller of the flow-back.</summary>
    public const string CaseEventsPoller = Id + ".case-events";

    private const string Kind = "escalation";

    /// <summary>Adds BC-CC-7, its order path and its flow-back. Hosts submit escalations with <see cref="HostRequestEnvelopes.Escalation"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="RecipeOptionsBase.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddStrategicEscalation(this ScenariosBuilder builder, Action<StrategicEscalationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var o = new StrategicEscalationOptions();
        configure(o);
        o.Validate(Id);

        builder.AddScenario(Id, s => Escalate(s
            .From(RecipeTriggers.Host(RecipeTriggers.EscalationRaised, OrderExceptionsJsonContext.Default.EscalationRequest))
            .Enrich("read-order", async (request, step, ct) =>
            {
                if (request.OrderId <= 0 || string.IsNullOrWhiteSpace(request.Issue))
                {
                    throw new ScenarioException($"Escalation request is incomplete: orderId and issue are required (got order {request.OrderId}).");
                }

                var order = await OrderCases.ReadOrderAsync(step, request.OrderId, ct).ConfigureAwait(false);
                return new Escalation(order, request.Issue, request.Strategic || await IsStrategicCustomerAsync(step, order, o, ct).ConfigureAwait(false));
            }), o));

        builder.AddScenario(OrderScenario, s => Escalate(s
            .From(RecipeTriggers.Webhook(o.WebhookScope), RecipeTriggers.OrderPoll(OrderPoller, o.WebhookScope, o.PollFrom, o.PollInterval))
            .Where(signal => signal.Data is { Id: > 0 })
            .Enrich("read-order", async (signal, step, ct) =>
            {
                var order = await OrderCases.ReadOrderAsync(step, signal.Data.Id, ct).ConfigureAwait(false);
                var issue = o.IssueStatuses.Contains(new OrderStatus(order.StatusId));
                return new Escalation(order, $"order status is {order.Status}", issue && await IsStrategicCustomerAsync(step, order, o, ct).ConfigureAwait(false));
            }), o));

        return CaseFlowBack.Add(
            builder,
            Id,
            "order",
            Kind,
            o,
            x => x.Outcome is { } outcome && (o.ReplacementOutcomes.Contains(outcome) || o.RefundOutcomes.Contains(outcome) || o.SpecialPriceOutcomes.Contains(outcome)),
            "apply-remedy",
            x => $"{x.Store}:{x.SubjectId}:{x.Outcome!.ToLowerInvariant()}",
            (x, step, ct) => RemedyAsync(x, step, o, ct));
    }

    private static ScenarioPipeline Escalate(ScenarioBuilder<Escalation> s, StrategicEscalationOptions o) => s
        .Where(e => e.Strategic)
        .Then("open-case", e => $"{e.Order.Store}:{e.Order.OrderId}", (e, step, ct) => OrderCases.OpenAsync(
            step, e.Order.Store, e.Order.OrderId, $"order:{e.Order.OrderId}:{Kind}", c =>
            {
                c.CaseDefinitionId = o.CaseDefinitionId;
                c.Title = $"Strategic account escalation: order {e.Order.OrderId}";
                c.Category = Kind;
                c.Priority = CasePriority.Critical;
                c.Assignee = o.AssigneeGroup is null ? null : CaseIdentity.FunctionalRole(o.AssigneeGroup);
                OrderCases.AddOrderAttributes(c, e.Order);
                c.Attributes["issue"] = e.Issue;
                c.Attributes["collaborators"] = string.Join(", ", o.CollaboratorGroups.Concat(o.CollaboratorUsers));
            }, ct), OrderExceptionsJsonContext.Default.OpenedCase)
        .Then("add-collaborators", opened => $"{opened.Case}:collaborators", (opened, step, ct) => AddCollaboratorsAsync(opened, step, o, ct))
        .Then("link-order", opened => $"{opened.Case}:link", (opened, step, ct) => OrderCases.LinkOnOrderAsync(step, opened, ct));

    private static async ValueTask<bool> IsStrategicCustomerAsync(StepContext step, OrderSnapshot order, StrategicEscalationOptions o, CancellationToken ct)
    {
        if (order.CustomerId <= 0 || o.StrategicCustomerGroupIds.Count == 0)
        {
            return false;
        }

        var customer = (await step.Services.GetRequiredService<BigCommerceClient>().Customers.GetAsync(order.CustomerId, ct).ConfigureAwait(false)).Value;
        return o.StrategicCustomerGroupIds.Contains(customer.CustomerGroupId);
    }

    /// <summary>Core Case has no collaborator list: each collaborator gets a task on the case, added once.</summary>
    private static async ValueTask AddCollaboratorsAsync(OpenedCase opened, StepContext step, StrategicEscalationOptions o, CancellationToken ct)
    {
        var tasks = step.Services.GetRequiredService<CoreCaseClient>().Tasks;
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var task in tasks.ListAsync(opened.Case, ct).WithCancellation(ct).ConfigureAwait(false))
        {
            existing.Add(task.Name);
        }

        var collaborators = o.CollaboratorGroups.Select(CaseIdentity.FunctionalRole).Concat(o.CollaboratorUsers.Select(CaseIdentity.User));
        foreach (var collaborator in collaborators)
        {
            var name = $"Collaborate: {collaborator.Id}";
            if (existing.Add(name))
            {
                await tasks.CreateAsync(opened.Case, new NewCaseTask { Name = name, Description = $"Help resolve the escalation of order {opened.OrderId}.", Assignee = collaborator }, ct).ConfigureAwait(false);
            }
        }
    }

    private static async ValueTask RemedyAsync(CaseOutcome x, StepContext step, StrategicEscalationOptions o, CancellationToken ct)
    {
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var outcome = x.Outcome!;
        var caseRef = $"escalation case {x.Case?.CaseNumber}";
        string note;
        if (o.ReplacementOutcomes.Contains(outcome))
        {
            var replacement = await ReplaceAsync(client, x.SubjectId, caseRef, o, ct).ConfigureAwait(false);
            note = $"Replacement order {replacement} sent ({caseRef})";
        }
        else if (o.RefundOutcomes.Contains(outcome))
        {
            var amount = x.Case is null ? null : OrderCases.Number(x.Case, o.RefundAmountAttribute);
            var refunded = await OrderRefunds.RefundAsync(step, x.SubjectId, amount, $"Refund, {caseRef}", ct).ConfigureAwait(false);
            note = string.Create(CultureInfo.InvariantCulture, $"Refunded {refunded:0.00} ({caseRef})");
        }
        else
        {
            var price = (x.Case is null ? null : OrderCases.Number(x.Case, o.SpecialPriceAttribute))
                ?? throw new ScenarioException($"Case {x.Case?.CaseNumber} grants a special price but its attribute '{o.SpecialPriceAttribute}' is not set.");
            var order = (await client.Orders.GetAsync(x.SubjectId, ct).ConfigureAwait(false)).Value;
            var refunded = await OrderRefunds.RefundAsync(step, x.SubjectId, order.TotalIncTax - price, $"Special price {price.ToString("0.00", CultureInfo.InvariantCulture)}, {caseRef}", ct).ConfigureAwait(false);
            note = string.Create(CultureInfo.InvariantCulture, $"Special price {price:0.00} agreed; {refunded:0.00} refunded ({caseRef})");
        }

        var current = (await client.Orders.GetAsync(x.SubjectId, ct).ConfigureAwait(false)).Value;
        await client.Orders.UpdateAsync(x.SubjectId, new UpdateOrderRequest { StaffNotes = OrderReview.Note(current.StaffNotes, $"{note}, correlation {step.CorrelationId}") }, ct).ConfigureAwait(false);
    }

    /// <summary>Creates the replacement order once: it carries the original's id as its external order id.</summary>
    private static async ValueTask<int> ReplaceAsync(BigCommerceClient client, int orderId, string caseRef, StrategicEscalationOptions o, CancellationToken ct)
    {
        var original = (await client.Orders.GetAsync(orderId, ct).ConfigureAwait(false)).Value;
        var marker = string.Create(CultureInfo.InvariantCulture, $"replacement-of-{orderId}");
        await foreach (var existing in client.Orders.ListAsync(new OrderQuery { CustomerId = original.CustomerId }).WithCancellation(ct).ConfigureAwait(false))
        {
            if (existing.ExternalOrderId == marker)
            {
                return existing.Id;
            }
        }

        var request = new CreateOrderRequest
        {
            CustomerId = original.CustomerId,
            Status = o.ReplacementStatus,
            BillingAddress = original.BillingAddress,
            StaffNotes = $"Replacement for order {orderId} ({caseRef})",
            ExternalSource = "connectors",
            ExternalOrderId = marker,
        };
        await foreach (var line in client.Orders.ListProductsAsync(orderId).WithCancellation(ct).ConfigureAwait(false))
        {
            request.Products.Add(new CreateOrderProduct { ProductId = line.ProductId, Quantity = line.Quantity, PriceExTax = 0m, PriceIncTax = 0m });
        }

        return (await client.Orders.CreateAsync(request, ct).ConfigureAwait(false)).Value.Id;
    }

    private sealed record Escalation(OrderSnapshot Order, string Issue, bool Strategic);
}
