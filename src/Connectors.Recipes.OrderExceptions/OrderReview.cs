using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Building;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>An order and what the review rules found: the reasons to hold it and the queue to route the case to.</summary>
/// <param name="Order">The order.</param>
/// <param name="Reasons">Why it needs a review; empty when it does not.</param>
/// <param name="Queue">The group the case goes to.</param>
public sealed record ReviewFinding(OrderSnapshot Order, IReadOnlyList<string> Reasons, string? Queue);

/// <summary>
/// The hold → case → decision → release/cancel shape BC-CC-3 and BC-CC-4 share: copy it to build another review.
/// </summary>
public static class OrderReview
{
    /// <summary>Adds the review scenario and its flow-back.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="id">The catalog id (scenario name); the flow-back is <c>{id}.outcome</c>.</param>
    /// <param name="kind">The case kind in the external reference (<c>order:{id}:{kind}</c>).</param>
    /// <param name="o">The options.</param>
    /// <param name="review">The rules: what, if anything, needs review.</param>
    public static ScenariosBuilder Add(ScenariosBuilder builder, string id, string kind, ReviewOptions o, Func<OrderSnapshot, StepContext, CancellationToken, ValueTask<ReviewFinding>> review)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(o);
        builder.AddScenario(id, s => s
            .From(RecipeTriggers.Webhook(o.WebhookScope), RecipeTriggers.OrderPoll(id + ".orders", o.WebhookScope, o.PollFrom, o.PollInterval))
            .Where(signal => signal.Data is { Id: > 0 })
            .Enrich("review", async (signal, step, ct) =>
                await review(await OrderCases.ReadOrderAsync(step, signal.Data.Id, ct).ConfigureAwait(false), step, ct).ConfigureAwait(false))
            .Where(f => f.Reasons.Count > 0 && (o.ReviewStatuses.Contains(new OrderStatus(f.Order.StatusId)) || HeldByThisReview(f.Order, kind, o)))
            .Then("hold-order", f => $"{f.Order.Store}:{f.Order.OrderId}", async (f, step, ct) =>
                await step.Services.GetRequiredService<BigCommerceClient>().Orders.UpdateAsync(f.Order.OrderId, new UpdateOrderRequest
                {
                    Status = o.HoldStatus,
                    StaffNotes = Note(f.Order.StaffNotes, $"Held for {kind} review: {string.Join("; ", f.Reasons)} (correlation {step.CorrelationId})"),
                }, ct).ConfigureAwait(false))
            .Then("open-case", f => $"{f.Order.Store}:{f.Order.OrderId}", (f, step, ct) => OrderCases.OpenAsync(
                step, f.Order.Store, f.Order.OrderId, $"order:{f.Order.OrderId}:{kind}", c =>
                {
                    c.CaseDefinitionId = o.CaseDefinitionId;
                    c.Title = $"Order {f.Order.OrderId}: {kind} review";
                    c.Category = kind;
                    var queue = f.Queue ?? o.AssigneeGroup;
                    c.Assignee = queue is null ? null : CaseIdentity.FunctionalRole(queue);
                    OrderCases.AddOrderAttributes(c, f.Order);
                    c.Attributes["reviewReasons"] = string.Join("; ", f.Reasons);
                }, ct), OrderExceptionsJsonContext.Default.OpenedCase)
            .Then("link-order", c => c.Case + ":link", (c, step, ct) => OrderCases.LinkOnOrderAsync(step, c, ct)));

        return builder.AddScenario(id + ".outcome", s => s
            .From(RecipeTriggers.CaseMilestones(id + ".case-events", o.PollInterval))
            .Where(m => string.Equals(m.ToStatus, o.DecisionCaseStatus, StringComparison.OrdinalIgnoreCase))
            .Enrich("read-case", (m, step, ct) => CaseOutcome.ReadAsync(step, m, "order", kind, o.OutcomeAttribute, ct))
            .Where(x => x.SubjectId > 0 && x.Outcome is { } outcome && (o.ApprovedOutcomes.Contains(outcome) || o.RejectedOutcomes.Contains(outcome)))
            .Then("apply-decision", x => $"{x.Store}:{x.SubjectId}", async (x, step, ct) =>
            {
                var client = step.Services.GetRequiredService<BigCommerceClient>();
                var order = (await client.Orders.GetAsync(x.SubjectId, ct).ConfigureAwait(false)).Value;
                var approved = o.ApprovedOutcomes.Contains(x.Outcome!);
                await client.Orders.UpdateAsync(x.SubjectId, new UpdateOrderRequest
                {
                    Status = approved ? o.ApprovedStatus : o.RejectedStatus,
                    StaffNotes = Note(order.StaffNotes, approved
                        ? $"Released after {kind} review (case {x.Case?.CaseNumber}, correlation {step.CorrelationId})"
                        : $"Cancelled after {kind} review: {x.Reason ?? x.Outcome} (case {x.Case?.CaseNumber}, correlation {step.CorrelationId})"),
                }, ct).ConfigureAwait(false);
            }));
    }

    /// <summary>
    /// Whether this review already held the order (its hold status and note): a replay or a restart after the hold
    /// re-reads the order, and must still open the case rather than see a status it no longer reviews.
    /// </summary>
    private static bool HeldByThisReview(OrderSnapshot order, string kind, ReviewOptions o)
        => new OrderStatus(order.StatusId) == o.HoldStatus
           && order.StaffNotes?.Contains($"Held for {kind} review: ", StringComparison.Ordinal) == true;

    /// <summary>
    /// Appends a staff-note line once: the order update is retried as a whole after an unclear failure, and the line
    /// (which names the correlation id) is not appended again when the notes already hold it.
    /// </summary>
    internal static string Note(string? existing, string line)
        => string.IsNullOrWhiteSpace(existing) ? line
            : existing.Contains(line, StringComparison.Ordinal) ? existing
            : existing + "\n" + line;
}
