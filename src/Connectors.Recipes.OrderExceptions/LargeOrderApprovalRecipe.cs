using System.Globalization;
using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of BC-CC-4 (large or unusual order approval).</summary>
public sealed class LargeOrderApprovalOptions : ReviewOptions
{
    /// <summary>Orders at or above this total (incl. tax) need approval; no value limit when <see langword="null"/>.</summary>
    public decimal? MinTotal { get; set; } = 1000m;

    /// <summary>Orders whose discount is at or above this share of the subtotal (0.25 = 25 %) need approval.</summary>
    public decimal? MaxDiscountShare { get; set; } = 0.25m;

    /// <summary>Billing countries (ISO 2) that need approval.</summary>
    public ISet<string> WatchedCountries { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Payment statuses (case-insensitive) that count as risky.</summary>
    public ISet<string> RiskyPaymentStatuses { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The queue for value checks.</summary>
    public string FinanceQueue { get; set; } = "finance";

    /// <summary>The queue for discount checks.</summary>
    public string SalesOpsQueue { get; set; } = "sales-ops";

    /// <summary>The queue for destination and payment-risk checks.</summary>
    public string RiskQueue { get; set; } = "risk";

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        base.Check(problems);
        if (MinTotal is <= 0)
        {
            problems.Add("MinTotal must be positive");
        }

        if (MaxDiscountShare is <= 0 or > 1)
        {
            problems.Add("MaxDiscountShare must be in (0, 1]");
        }
    }
}

/// <summary>BC-CC-4: a new order crossing value, discount, destination or payment-risk thresholds is held for an approval case.</summary>
public static class LargeOrderApprovalRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "BC-CC-4";

    /// <summary>The flow-back scenario.</summary>
    public const string OutcomeScenario = Id + ".outcome";

    /// <summary>The order poll twin.</summary>
    public const string OrderPoller = Id + ".orders";

    /// <summary>The Core Case events poller of the flow-back.</summary>
    public const string CaseEventsPoller = Id + ".case-events";

    /// <summary>Adds BC-CC-4 and its flow-back.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddLargeOrderApproval(this ScenariosBuilder builder, Action<LargeOrderApprovalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var o = new LargeOrderApprovalOptions();
        configure(o);
        o.Validate(Id);
        return OrderReview.Add(builder, Id, "approval", o, (order, _, _) =>
        {
            var reasons = new List<string>();
            string? queue = null;
            if (order.PaymentStatus is { } payment && o.RiskyPaymentStatuses.Contains(payment))
            {
                reasons.Add($"payment status {payment}");
                queue ??= o.RiskQueue;
            }

            if (order.Country is { } country && o.WatchedCountries.Contains(country))
            {
                reasons.Add($"destination {country}");
                queue ??= o.RiskQueue;
            }

            var gross = order.Total + order.Discount;
            if (o.MaxDiscountShare is { } share && gross > 0 && order.Discount / gross >= share)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"discount {order.Discount / gross:P0}"));
                queue ??= o.SalesOpsQueue;
            }

            if (o.MinTotal is { } min && order.Total >= min)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"total {order.Total:0.00} at or above {min:0.00}"));
                queue ??= o.FinanceQueue;
            }

            return ValueTask.FromResult(new ReviewFinding(order, reasons, queue));
        });
    }
}
