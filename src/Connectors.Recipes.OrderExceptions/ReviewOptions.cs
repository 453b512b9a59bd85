using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options shared by the hold-and-review recipes (BC-CC-3, BC-CC-4) and their flow-back.</summary>
public abstract class ReviewOptions : RecipeOptionsBase
{
    /// <summary>Statuses of new orders the recipe looks at (orders already held, shipped or cancelled are left alone).</summary>
    public ISet<OrderStatus> ReviewStatuses { get; } = new HashSet<OrderStatus> { OrderStatus.Pending, OrderStatus.AwaitingPayment, OrderStatus.AwaitingFulfillment };

    /// <summary>The status that holds the order while the case is open.</summary>
    public OrderStatus HoldStatus { get; set; } = OrderStatus.ManualVerificationRequired;

    /// <summary>The case status that carries the decision.</summary>
    public string DecisionCaseStatus { get; set; } = "RESOLVED";

    /// <summary>The case attribute holding the decision; the status-change reason is used when it is not set.</summary>
    public string OutcomeAttribute { get; set; } = "outcome";

    /// <summary>Outcomes (case-insensitive) that release the order.</summary>
    public ISet<string> ApprovedOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "approved", "approve", "release" };

    /// <summary>Outcomes (case-insensitive) that cancel the order.</summary>
    public ISet<string> RejectedOutcomes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "rejected", "reject", "cancel" };

    /// <summary>The status an approved order is released to.</summary>
    public OrderStatus ApprovedStatus { get; set; } = OrderStatus.AwaitingFulfillment;

    /// <summary>The status a rejected order gets.</summary>
    public OrderStatus RejectedStatus { get; set; } = OrderStatus.Cancelled;

    /// <summary>The webhook scope of new orders (the poll twin produces the same).</summary>
    public string WebhookScope { get; set; } = "store/order/created";

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        if (ApprovedOutcomes.Overlaps(RejectedOutcomes))
        {
            problems.Add("an outcome cannot be both approved and rejected");
        }

        if (string.IsNullOrWhiteSpace(OutcomeAttribute))
        {
            problems.Add("OutcomeAttribute is required");
        }
    }
}
