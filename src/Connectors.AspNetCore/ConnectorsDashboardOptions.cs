namespace Connectors.AspNetCore;

/// <summary>Settings of the operations dashboard (<c>MapConnectorsDashboard</c>).</summary>
public sealed class ConnectorsDashboardOptions
{
    /// <summary>The page title and heading. Default <c>Connectors</c>.</summary>
    public string Title { get; set; } = "Connectors";

    /// <summary>How many recent runs the dashboard keeps in memory (with their steps and errors). Default 500.</summary>
    public int RecentRuns { get; set; } = 500;

    /// <summary>How often the page asks for new figures. Default 2 seconds.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Where a run's trace id links to, with <c>{traceId}</c> in its place: for example
    /// <c>https://jaeger.example.com/trace/{traceId}</c>. <see langword="null"/> (the default) shows the id without a link.
    /// </summary>
    public string? TraceLinkTemplate { get; set; }
}
