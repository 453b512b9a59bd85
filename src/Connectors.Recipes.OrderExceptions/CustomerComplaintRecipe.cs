using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of BC-CC-2 (customer complaint).</summary>
public sealed class CustomerComplaintOptions : CaseDecisionOptions
{
    /// <summary>Complaint kinds the recipe accepts (case-insensitive); a request of another kind is dead-lettered. Any kind when empty.</summary>
    public ISet<string> Kinds { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "return-dispute", "damaged-goods", "refund-approval" };

    /// <summary>Queue per complaint kind; kinds not listed go to <see cref="RecipeOptionsBase.AssigneeGroup"/>.</summary>
    public IDictionary<string, string> QueueByKind { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Outcomes (case-insensitive) that refund the customer.</summary>
    public ISet<string> RefundOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "refund", "refund-approved" };

    /// <summary>Whether refund outcomes create the refund in BigCommerce (otherwise only the note is written).</summary>
    public bool CreateRefunds { get; set; } = true;

    /// <summary>The case attribute with the amount to refund; what is left to refund on the order when the case does not set it.</summary>
    public string RefundAmountAttribute { get; set; } = "refundAmount";

    /// <summary>The order status per outcome (case-insensitive); outcomes not listed leave the status as it is.</summary>
    public IDictionary<string, OrderStatus> StatusByOutcome { get; } = new Dictionary<string, OrderStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["replace"] = OrderStatus.AwaitingFulfillment,
    };

    /// <summary>
    /// The case attribute whose text is written to the order's customer message. Only this attribute is ever shown to
    /// the customer; case notes and the outcome stay internal. No customer message when the case does not set it.
    /// </summary>
    public string CustomerMessageAttribute { get; set; } = "customerMessage";

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        base.Check(problems);
        if (CreateRefunds && string.IsNullOrWhiteSpace(RefundAmountAttribute))
        {
            problems.Add("RefundAmountAttribute is required when CreateRefunds is on");
        }

        if (string.IsNullOrWhiteSpace(CustomerMessageAttribute))
        {
            problems.Add("CustomerMessageAttribute is required");
        }
    }
}

/// <summary>BC-CC-2: a complaint from a contact-centre host opens a complaint case on the order; the resolution flows back to the order.</summary>
public static class CustomerComplaintRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "BC-CC-2";

    /// <summary>The flow-back scenario.</summary>
    public const string OutcomeScenario = Id + ".outcome";

    /// <summary>The Core Case events poller of the flow-back.</summary>
    public const string CaseEventsPoller = Id + ".case-events";

    private const string Kind = "complaint";

    /// <summary>Adds BC-CC-2 and its flow-back. Hosts submit complaints with <see cref="HostRequestEnvelopes.Complaint"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="RecipeOptionsBase.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddCustomerComplaint(this ScenariosBuilder builder, Action<CustomerComplaintOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var o = new CustomerComplaintOptions();
        configure(o);
        o.Validate(Id);

        builder.AddScenario(Id, s => s
            .From(RecipeTriggers.Host(RecipeTriggers.ComplaintRaised, OrderExceptionsJsonContext.Default.ComplaintRequest))
            .Enrich("read-order", async (request, step, ct) =>
                new Complaint(Checked(request, o), await OrderCases.ReadOrderAsync(step, request.OrderId, ct).ConfigureAwait(false)))
            .Then("open-case", c => $"{c.Order.Store}:{c.Order.OrderId}:{c.Request.ComplaintRef}", (c, step, ct) => OrderCases.OpenAsync(
                step, c.Order.Store, c.Order.OrderId, $"order:{c.Order.OrderId}:{Kind}:{c.Request.ComplaintRef}", x =>
                {
                    x.CaseDefinitionId = o.CaseDefinitionId;
                    x.Title = $"Order {c.Order.OrderId}: complaint {c.Request.ComplaintRef} ({c.Request.Kind})";
                    x.Category = c.Request.Kind;
                    var queue = o.QueueByKind.TryGetValue(c.Request.Kind, out var q) ? q : o.AssigneeGroup;
                    x.Assignee = queue is null ? null : CaseIdentity.FunctionalRole(queue);
                    OrderCases.AddOrderAttributes(x, c.Order);
                    x.Attributes["complaintRef"] = c.Request.ComplaintRef;
                    x.Attributes["complaintKind"] = c.Request.Kind;
                    x.Attributes["complaintDescription"] = c.Request.Description;
                }, ct), OrderExceptionsJsonContext.Default.OpenedCase)
            .Then("link-order", opened => $"{opened.Case}:link", (opened, step, ct) => OrderCases.LinkOnOrderAsync(step, opened, ct)));

        return CaseFlowBack.Add(builder, Id, "order", Kind, o, x => x.Outcome is { Length: > 0 }, "resolve-order", x => $"{x.Store}:{x.SubjectId}:{CaseFlowBack.Qualifier(x.Reference)}", (x, step, ct) => ResolveAsync(x, step, o, ct));
    }

    private static ComplaintRequest Checked(ComplaintRequest request, CustomerComplaintOptions o)
    {
        if (request.OrderId <= 0 || string.IsNullOrWhiteSpace(request.ComplaintRef) || string.IsNullOrWhiteSpace(request.Kind))
        {
            throw new ScenarioException($"Complaint request is incomplete: orderId, complaintRef and kind are required (got order {request.OrderId}, ref '{request.ComplaintRef}', kind '{request.Kind}').");
        }

        if (o.Kinds.Count > 0 && !o.Kinds.Contains(request.Kind))
        {
            throw new ScenarioException($"Complaint {request.ComplaintRef} has unknown kind '{request.Kind}'; expected one of {string.Join(", ", o.Kinds)}.");
        }

        return request;
    }

    private static async ValueTask ResolveAsync(CaseOutcome x, StepContext step, CustomerComplaintOptions o, CancellationToken ct)
    {
        var complaintRef = CaseFlowBack.Qualifier(x.Reference);
        var outcome = x.Outcome!;
        var note = $"Complaint {complaintRef} resolved: {outcome} (case {x.Case?.CaseNumber}, correlation {step.CorrelationId})";
        if (o.CreateRefunds && o.RefundOutcomes.Contains(outcome))
        {
            var amount = x.Case is null ? null : OrderCases.Number(x.Case, o.RefundAmountAttribute);
            var refunded = await OrderRefunds.RefundAsync(step, x.SubjectId, amount, $"Complaint {complaintRef} (case {x.Case?.CaseNumber})", ct).ConfigureAwait(false);
            note += refunded > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; refunded {refunded:0.00}") : "; refund already made or nothing left to refund";
        }

        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var order = (await client.Orders.GetAsync(x.SubjectId, ct).ConfigureAwait(false)).Value;
        await client.Orders.UpdateAsync(x.SubjectId, new UpdateOrderRequest
        {
            Status = o.StatusByOutcome.TryGetValue(outcome, out var status) ? status : null,
            StaffNotes = OrderReview.Note(order.StaffNotes, note),
            CustomerMessage = x.Case is null ? null : OrderCases.Text(x.Case, o.CustomerMessageAttribute),
        }, ct).ConfigureAwait(false);
    }

    private sealed record Complaint(ComplaintRequest Request, OrderSnapshot Order);
}
