using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-6 options: which orders count as sales and how they are grouped.</summary>
public sealed class SalesAnalyticsOptions : OrderToCashOptions
{
    /// <summary>The scenario that publishes requested reports (the catalog id).</summary>
    public const string ScenarioName = "O2C-6";

    /// <summary>Statuses that are not sales; by default Incomplete, Pending, Cancelled and Declined.</summary>
    public ISet<OrderStatus> ExcludedStatuses { get; } = new HashSet<OrderStatus>
    {
        OrderStatus.Incomplete, OrderStatus.Pending, OrderStatus.Cancelled, OrderStatus.Declined,
    };

    /// <summary>Whether refunded amounts are taken off revenue.</summary>
    public bool SubtractRefunds { get; set; }

    /// <summary>How orders are grouped into channels.</summary>
    public SalesChannelGrouping ChannelGrouping { get; set; } = SalesChannelGrouping.ChannelId;

    /// <summary>How many products the report ranks.</summary>
    public int TopProductCount { get; set; } = 5;

    /// <summary>Whether products are ranked by revenue (true) or units (false).</summary>
    public bool RankProductsByRevenue { get; set; } = true;

    /// <summary>The time zone whose calendar days the report uses.</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>Whether the recipe also adds scenario O2C-6, which publishes reports the host asks for to <see cref="ISalesReportSink"/>.</summary>
    public bool PublishRequestedReports { get; set; } = true;

    /// <inheritdoc />
    protected override IEnumerable<string> Check()
    {
        if (TopProductCount < 0)
        {
            yield return "TopProductCount cannot be negative.";
        }

        if (TimeZone is null)
        {
            yield return "TimeZone is required.";
        }

        if (!Enum.IsDefined(ChannelGrouping))
        {
            yield return $"ChannelGrouping '{ChannelGrouping}' is not known.";
        }
    }
}

/// <summary>What the "channel" of an order is in a sales report.</summary>
public enum SalesChannelGrouping
{
    /// <summary>BigCommerce's sales channel id (storefront, marketplace, POS channel).</summary>
    ChannelId,

    /// <summary>The order source, e.g. <c>www</c>, <c>manual</c>, <c>external</c>.</summary>
    OrderSource,
}
