namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-3 options: the payment mirror's poll twin and how refunds are issued.</summary>
public sealed class PaymentOptions : OrderToCashOptions
{
    /// <summary>The scenario that mirrors payment state (the catalog id).</summary>
    public const string ScenarioName = "O2C-3";

    /// <summary>The scenario that issues refunds the host asks for.</summary>
    public const string RefundScenarioName = "O2C-3.refund";

    /// <summary>The poll twin's name (its checkpoint key).</summary>
    public string PollerName { get; set; } = "O2C-3.payments";

    /// <summary>How often the poll twin runs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Payment providers to refund through, in order of preference; when empty the first online method of the
    /// refund quote is used.
    /// </summary>
    public IList<string> RefundProviders { get; } = [];

    /// <summary>Whether an offline method (store credit, cash) may be used when no online one is offered.</summary>
    public bool AllowOfflineRefunds { get; set; }

    /// <summary>Refunds above this amount are not issued automatically: they are dead-lettered for a person to decide.</summary>
    public decimal MaxAutomaticRefund { get; set; } = 1000m;

    /// <summary>The reason used when the request gives none.</summary>
    public string DefaultReason { get; set; } = "Refund";

    /// <inheritdoc />
    protected override IEnumerable<string> Check()
    {
        if (string.IsNullOrWhiteSpace(PollerName))
        {
            yield return "PollerName is required.";
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            yield return "PollInterval must be positive.";
        }

        if (MaxAutomaticRefund <= 0)
        {
            yield return "MaxAutomaticRefund must be positive.";
        }

        if (string.IsNullOrWhiteSpace(DefaultReason))
        {
            yield return "DefaultReason is required.";
        }
    }
}
