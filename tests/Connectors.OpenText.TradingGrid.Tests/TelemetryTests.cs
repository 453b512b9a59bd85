using System.Collections.Concurrent;
using System.Diagnostics;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Calls_are_traced_under_the_trading_grid_source_without_secrets()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Connectors." + TradingGridClient.SystemName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var env = await TradingGridTestEnvironment.StartAsync();

        await env.Client.Partners.ListContactsAsync(TradingGridSeed.NorthwindLogistics).ToListAsync();

        var call = Assert.Single(activities, a => (a.GetTagItem("url.path") as string)?.EndsWith($"{TradingGridSeed.NorthwindLogistics}/contacts", StringComparison.Ordinal) == true);
        Assert.Equal(200, call.GetTagItem("http.response.status_code"));
        Assert.DoesNotContain(call.Tags, t => t.Value?.Contains(Connectors.Emulators.OpenTextIdentity.OpenTextIdentityEmulator.DefaultClientSecret, StringComparison.Ordinal) == true);
    }
}
