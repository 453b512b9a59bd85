using Connectors.Emulators.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Connectors.AspNetCore.Tests;

public sealed class HealthCheckTests : IAsyncLifetime
{
    private readonly HostFixture _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Every_client_and_the_store_are_healthy_against_the_emulators()
    {
        var report = await _host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(
            ["bigcommerce", "corecase", "exstream", "scenario-store", "tradinggrid", "workflowservice"],
            report.Entries.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.All(report.Entries.Values, e => Assert.Equal(HealthStatus.Healthy, e.Status));
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task A_system_answering_500_to_everything_is_unhealthy_and_the_others_stay_healthy()
    {
        _host.Systems.TradingGrid.Faults.Add(Fault.Status(500), count: null);

        var report = await _host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["tradinggrid"].Status);
        Assert.NotNull(report.Entries["tradinggrid"].Exception);
        Assert.Equal(HealthStatus.Healthy, report.Entries["bigcommerce"].Status);
    }
}
