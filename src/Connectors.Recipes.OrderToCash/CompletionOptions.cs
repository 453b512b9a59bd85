using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-5 options: which orders a delivery completes.</summary>
public sealed class CompletionOptions : OrderToCashOptions
{
    /// <summary>The scenario name (the catalog id).</summary>
    public const string ScenarioName = "O2C-5";

    /// <summary>Statuses a delivered order may be completed from; by default only Shipped (a partial delivery does not complete).</summary>
    public ISet<OrderStatus> CompleteFrom { get; } = new HashSet<OrderStatus> { OrderStatus.Shipped };

    /// <summary>The status a delivered order moves to.</summary>
    public OrderStatus CompletedStatus { get; set; } = OrderStatus.Completed;

    /// <inheritdoc />
    protected override IEnumerable<string> Check()
    {
        if (CompleteFrom.Count == 0)
        {
            yield return "CompleteFrom must name at least one status.";
        }

        if (!CompletedStatus.IsKnown)
        {
            yield return "CompletedStatus must be a BigCommerce order status.";
        }
    }
}
