using System.Globalization;
using System.Text;
using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>One rolling counter: a customer's orders in any of <see cref="Statuses"/> changed within the window.</summary>
public sealed class ActivityCounter
{
    /// <summary>The order statuses that count.</summary>
    public ISet<OrderStatus> Statuses { get; } = new HashSet<OrderStatus>();

    /// <summary>At or above this many the customer is investigated.</summary>
    public int Threshold { get; set; } = 3;
}

/// <summary>Options of BC-CC-5 (suspicious customer activity).</summary>
public sealed class SuspiciousActivityOptions : CaseDecisionOptions
{
    /// <summary>Creates the options with the default counters: chargebacks (Disputed, 2), returns (Refunded, Partially Refunded, 3), failed payments (Declined, 3).</summary>
    public SuspiciousActivityOptions()
    {
        Counters["chargebacks"] = Counter(2, OrderStatus.Disputed);
        Counters["returns"] = Counter(3, OrderStatus.Refunded, OrderStatus.PartiallyRefunded);
        Counters["failed-payments"] = Counter(3, OrderStatus.Declined);
        AssigneeGroup = "risk";
    }

    /// <summary>The rolling window the counters look back over; also the span of one investigation (one case per customer per window).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The counters by name.</summary>
    public IDictionary<string, ActivityCounter> Counters { get; } = new Dictionary<string, ActivityCounter>(StringComparer.Ordinal);

    /// <summary>The webhook scope the recipe listens to (its poll twin produces the same).</summary>
    public string WebhookScope { get; set; } = "store/order/statusUpdated";

    /// <summary>Outcomes (case-insensitive) that put the account on hold.</summary>
    public ISet<string> HoldOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "hold", "account-hold" };

    /// <summary>Outcomes (case-insensitive) that cancel the customer's open orders.</summary>
    public ISet<string> CancelOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "cancel", "cancel-orders" };

    /// <summary>Outcomes (case-insensitive) that escalate: the case is reopened for <see cref="EscalationGroup"/>.</summary>
    public ISet<string> EscalateOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "escalate" };

    /// <summary>The customer group a held account is moved to; when <see langword="null"/> a hold only flags the customer's notes.</summary>
    public int? HoldCustomerGroupId { get; set; }

    /// <summary>The line added to the customer's notes on a hold (the case number follows).</summary>
    public string HoldFlag { get; set; } = "Account on hold after investigation";

    /// <summary>Statuses of the customer's orders a cancel outcome cancels.</summary>
    public ISet<OrderStatus> CancellableStatuses { get; } = new HashSet<OrderStatus>
    {
        OrderStatus.Pending, OrderStatus.AwaitingPayment, OrderStatus.AwaitingFulfillment, OrderStatus.AwaitingShipment, OrderStatus.ManualVerificationRequired,
    };

    /// <summary>The group an escalated investigation is reassigned to.</summary>
    public string EscalationGroup { get; set; } = "risk-escalations";

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        base.Check(problems);
        if (Window <= TimeSpan.Zero)
        {
            problems.Add("Window must be positive");
        }

        if (Counters.Count == 0)
        {
            problems.Add("name at least one counter (Counters)");
        }

        foreach (var (name, counter) in Counters)
        {
            if (counter.Statuses.Count == 0 || counter.Threshold < 1)
            {
                problems.Add($"counter '{name}' needs at least one status and a threshold of 1 or more");
            }
        }

        if (HoldCustomerGroupId is <= 0)
        {
            problems.Add("HoldCustomerGroupId must be a customer group id");
        }

        if (string.IsNullOrWhiteSpace(EscalationGroup))
        {
            problems.Add("EscalationGroup is required");
        }

        CheckDisjoint(problems, (nameof(HoldOutcomes), HoldOutcomes), (nameof(CancelOutcomes), CancelOutcomes), (nameof(EscalateOutcomes), EscalateOutcomes));
    }

    private static ActivityCounter Counter(int threshold, params OrderStatus[] statuses)
    {
        var counter = new ActivityCounter { Threshold = threshold };
        counter.Statuses.UnionWith(statuses);
        return counter;
    }
}

/// <summary>
/// BC-CC-5: on every order change, rolling counters of the customer's orders over the window (chargebacks, returns,
/// failed payments) are recomputed from BigCommerce; crossing a threshold opens one investigation case per customer
/// and window. The decision flows back: account hold, cancellation of open orders, or escalation.
/// </summary>
public static class SuspiciousActivityRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "BC-CC-5";

    /// <summary>The flow-back scenario.</summary>
    public const string OutcomeScenario = Id + ".outcome";

    /// <summary>The order poll twin.</summary>
    public const string OrderPoller = Id + ".orders";

    /// <summary>The Core Case events poller of the flow-back.</summary>
    public const string CaseEventsPoller = Id + ".case-events";

    private const string Kind = "investigation";

    /// <summary>Adds BC-CC-5 and its flow-back.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="RecipeOptionsBase.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddSuspiciousActivity(this ScenariosBuilder builder, Action<SuspiciousActivityOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var o = new SuspiciousActivityOptions();
        configure(o);
        o.Validate(Id);

        builder.AddScenario(Id, s => s
            .From(RecipeTriggers.Webhook(o.WebhookScope), RecipeTriggers.OrderPoll(OrderPoller, o.WebhookScope, o.PollFrom, o.PollInterval))
            .Where(signal => signal.Data is { Id: > 0 })
            .Enrich("count", (signal, step, ct) => CountAsync(signal, step, o, ct))
            .Where(a => a.Reasons.Count > 0)
            .Then("open-case", a => $"{a.Store}:{a.CustomerId}:{a.Window}", async (a, step, ct) =>
            {
                var customer = (await step.Services.GetRequiredService<BigCommerceClient>().Customers.GetAsync(a.CustomerId, ct).ConfigureAwait(false)).Value;
                return await OrderCases.OpenAsync(step, a.Store, 0, $"customer:{a.CustomerId}:{Kind}:{a.Window}", c =>
                {
                    c.CaseDefinitionId = o.CaseDefinitionId;
                    c.Title = $"Customer {a.CustomerId}: suspicious activity ({string.Join(", ", a.Counts.Where(n => n.Value >= o.Counters[n.Key].Threshold).Select(n => n.Key))})";
                    c.Category = "suspicious-activity";
                    c.Priority = CasePriority.High;
                    c.Assignee = o.AssigneeGroup is null ? null : CaseIdentity.FunctionalRole(o.AssigneeGroup);
                    c.Summary = History(a, customer);
                    c.Attributes["customerId"] = a.CustomerId;
                    c.Attributes["customerEmail"] = customer.Email;
                    c.Attributes["windowStart"] = a.Window;
                    c.Attributes["activityReasons"] = string.Join("; ", a.Reasons);
                    foreach (var (name, count) in a.Counts)
                    {
                        c.Attributes["count." + name] = count;
                    }
                }, ct).ConfigureAwait(false);
            }, OrderExceptionsJsonContext.Default.OpenedCase));

        return CaseFlowBack.Add(
            builder,
            Id,
            "customer",
            Kind,
            o,
            x => x.Outcome is { } outcome && (o.HoldOutcomes.Contains(outcome) || o.CancelOutcomes.Contains(outcome) || o.EscalateOutcomes.Contains(outcome)),
            "apply-outcome",
            x => $"{x.Store}:{x.SubjectId}:{CaseFlowBack.Qualifier(x.Reference)}:{x.Outcome!.ToLowerInvariant()}",
            (x, step, ct) => ApplyAsync(x, step, o, ct));
    }

    private static async ValueTask<Activity> CountAsync(ResourceSignal signal, StepContext step, SuspiciousActivityOptions o, CancellationToken ct)
    {
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var order = (await client.Orders.GetAsync(signal.Data.Id, ct).ConfigureAwait(false)).Value;

        // The window ends at the change that triggered the count (not "now"), so a replay counts the same orders
        // and lands in the same window key.
        var end = signal.CreatedAt > 0 ? DateTimeOffset.FromUnixTimeSeconds(signal.CreatedAt) : order.DateModified ?? order.DateCreated ?? DateTimeOffset.UnixEpoch;
        var windowSeconds = (long)o.Window.TotalSeconds;
        var window = DateTimeOffset.FromUnixTimeSeconds(end.ToUnixTimeSeconds() / windowSeconds * windowSeconds).ToString("yyyy-MM-dd'T'HH'Z'", CultureInfo.InvariantCulture);
        if (order.CustomerId <= 0)
        {
            return new Activity(client.StoreHash, 0, window, new Dictionary<string, int>(), [], []);
        }

        var orders = new List<Order>();
        // Webhook and poll times are whole seconds; the second of the change itself counts.
        var query = new OrderQuery { CustomerId = order.CustomerId, MinDateModified = end - o.Window, MaxDateModified = end.AddSeconds(1) };
        await foreach (var recent in client.Orders.ListAsync(query).WithCancellation(ct).ConfigureAwait(false))
        {
            orders.Add(recent);
        }

        var counts = o.Counters.ToDictionary(c => c.Key, c => orders.Count(x => c.Value.Statuses.Contains(x.Status)), StringComparer.Ordinal);
        var reasons = counts.Where(c => c.Value >= o.Counters[c.Key].Threshold)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key} in {o.Window.TotalDays:0.#} days (threshold {o.Counters[c.Key].Threshold})"))
            .ToList();
        return new Activity(client.StoreHash, order.CustomerId, window, counts, reasons, orders);
    }

    private static string History(Activity a, Customer customer)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Customer {customer.FirstName} {customer.LastName} <{customer.Email}> #{customer.Id}: {string.Join("; ", a.Reasons)}. Orders in the window:");
        foreach (var order in a.Orders.OrderByDescending(x => x.DateModified))
        {
            text.Append(CultureInfo.InvariantCulture, $" #{order.Id} {order.StatusName ?? order.Status.ToString()} {order.TotalIncTax:0.00} {order.CurrencyCode} ({order.DateModified:yyyy-MM-dd});");
        }

        return text.ToString();
    }

    private static async ValueTask ApplyAsync(CaseOutcome x, StepContext step, SuspiciousActivityOptions o, CancellationToken ct)
    {
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var outcome = x.Outcome!;
        var caseNumber = x.Case?.CaseNumber;
        if (o.HoldOutcomes.Contains(outcome))
        {
            if (o.HoldCustomerGroupId is { } group)
            {
                await client.Customers.SetGroupAsync(x.SubjectId, group, ct).ConfigureAwait(false);
            }

            await FlagAsync(client, x.SubjectId, $"{o.HoldFlag} (case {caseNumber}", $"correlation {step.CorrelationId})", ct).ConfigureAwait(false);
            return;
        }

        if (o.CancelOutcomes.Contains(outcome))
        {
            var open = new List<Order>();
            await foreach (var order in client.Orders.ListAsync(new OrderQuery { CustomerId = x.SubjectId }).WithCancellation(ct).ConfigureAwait(false))
            {
                if (o.CancellableStatuses.Contains(order.Status))
                {
                    open.Add(order);
                }
            }

            foreach (var order in open)
            {
                await client.Orders.UpdateAsync(order.Id, new UpdateOrderRequest
                {
                    Status = OrderStatus.Cancelled,
                    StaffNotes = OrderReview.Note(order.StaffNotes, $"Cancelled after suspicious-activity investigation (case {caseNumber}, correlation {step.CorrelationId})"),
                }, ct).ConfigureAwait(false);
            }

            return;
        }

        var cases = step.Services.GetRequiredService<CoreCaseClient>().Cases;
        var current = (await cases.GetAsync(x.Case!.Ref, ct).ConfigureAwait(false)).Value;
        if (current.Status == CaseStatus.Resolved)
        {
            await cases.ChangeStatusAsync(current.Ref, CaseStatus.InProgress, "escalated", ct).ConfigureAwait(false);
        }

        await cases.AssignAsync(current.Ref, CaseIdentity.FunctionalRole(o.EscalationGroup), ct).ConfigureAwait(false);
        await FlagAsync(client, x.SubjectId, $"Investigation escalated to {o.EscalationGroup} (case {caseNumber}", $"correlation {step.CorrelationId})", ct).ConfigureAwait(false);
    }

    /// <summary>Adds "<paramref name="flag"/>, <paramref name="trace"/>" to the customer's notes unless the flag is already there.</summary>
    private static async ValueTask FlagAsync(BigCommerceClient client, int customerId, string flag, string trace, CancellationToken ct)
    {
        var customer = (await client.Customers.GetAsync(customerId, ct).ConfigureAwait(false)).Value;
        if (customer.Notes?.Contains(flag, StringComparison.Ordinal) == true)
        {
            return;
        }

        await client.Customers.UpdateAsync([new UpdateCustomerRequest { Id = customerId, Notes = OrderReview.Note(customer.Notes, $"{flag}, {trace}") }], ct).ConfigureAwait(false);
    }

    private sealed record Activity(string Store, int CustomerId, string Window, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<string> Reasons, IReadOnlyList<Order> Orders);
}
