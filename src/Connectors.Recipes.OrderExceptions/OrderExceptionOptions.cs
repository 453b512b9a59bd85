using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of BC-CC-1 (order exception → case).</summary>
public sealed class OrderExceptionOptions : RecipeOptionsBase
{
    /// <summary>Order statuses that are exceptions, and the exception kind each opens.</summary>
    public IDictionary<OrderStatus, string> StatusRules { get; } = new Dictionary<OrderStatus, string>
    {
        [OrderStatus.ManualVerificationRequired] = "fraud-review",
        [OrderStatus.Declined] = "payment-declined",
    };

    /// <summary>Payment statuses (case-insensitive) that are exceptions, and their kind.</summary>
    public IDictionary<string, string> PaymentStatusRules { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["declined"] = "payment-failure",
        ["failed"] = "payment-failure",
    };

    /// <summary>Statuses in which an order waits to ship: checked for stock and ship-by age.</summary>
    public ISet<OrderStatus> AwaitingShipmentStatuses { get; } = new HashSet<OrderStatus> { OrderStatus.AwaitingFulfillment, OrderStatus.AwaitingShipment };

    /// <summary>Open an <c>inventory-mismatch</c> case when a waiting order needs more than the product has in stock.</summary>
    public bool CheckInventory { get; set; } = true;

    /// <summary>Open a <c>shipping-delay</c> case when a waiting order is older than this; never when <see langword="null"/>.</summary>
    public TimeSpan? ShipBy { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Queue per exception kind; kinds not listed go to <see cref="RecipeOptionsBase.AssigneeGroup"/>.</summary>
    public IDictionary<string, string> QueueByKind { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The webhook scope the recipe listens to (its poll twin produces the same).</summary>
    public string WebhookScope { get; set; } = "store/order/statusUpdated";

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        if (StatusRules.Count == 0 && PaymentStatusRules.Count == 0 && !CheckInventory && ShipBy is null)
        {
            problems.Add("no rule is enabled (StatusRules, PaymentStatusRules, CheckInventory, ShipBy)");
        }

        if (ShipBy is { } age && age <= TimeSpan.Zero)
        {
            problems.Add("ShipBy must be positive");
        }
    }
}
