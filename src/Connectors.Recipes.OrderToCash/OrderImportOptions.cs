using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-1 options: which orders are imported and how the poll twin runs.</summary>
public sealed class OrderImportOptions : OrderToCashOptions
{
    /// <summary>The scenario name (the catalog id).</summary>
    public const string ScenarioName = "O2C-1";

    /// <summary>Statuses that are imported; by default every status except Incomplete (abandoned at payment).</summary>
    public ISet<OrderStatus> Statuses { get; } = new HashSet<OrderStatus>(OrderStatus.All.Where(s => s != OrderStatus.Incomplete));

    /// <summary>Whether the payment transactions are read and sent along (one more call per order).</summary>
    public bool IncludeTransactions { get; set; } = true;

    /// <summary>Whether every order of one store is delivered in order (true) or only the versions of each order.</summary>
    public bool OrderPerStore { get; set; } = true;

    /// <summary>The poll twin's name (its checkpoint key).</summary>
    public string PollerName { get; set; } = "O2C-1.orders";

    /// <summary>How often the poll twin runs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override IEnumerable<string> Check()
    {
        if (Statuses.Count == 0)
        {
            yield return "Statuses must name at least one order status to import.";
        }

        if (string.IsNullOrWhiteSpace(PollerName))
        {
            yield return "PollerName is required.";
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            yield return "PollInterval must be positive.";
        }
    }
}
