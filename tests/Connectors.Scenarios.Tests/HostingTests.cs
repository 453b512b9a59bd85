using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Sqlite;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Scenarios.Tests;

public sealed class HostingTests : IDisposable
{
    private static readonly WebhookTrigger<OrderEvent> OrderStatus = Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent);
    private readonly string _folder = Directory.CreateTempSubdirectory("scenarios-hosting-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Generic_host_runs_the_runner_once_even_when_AddScenarios_is_called_twice()
    {
        var effects = new EffectLog();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddScenarios(o => o.MaxConcurrency = 2).UseInMemoryStore();
        builder.Services.AddScenarios().AddScenario("hosted", x => x
            .From(OrderStatus)
            .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add(o.OrderId.ToString()); return ValueTask.CompletedTask; }));
        using var host = builder.Build();

        Assert.Single(host.Services.GetServices<IHostedService>().OfType<IScenarioRunner>());
        await host.StartAsync();
        await host.Services.GetRequiredService<IScenarioInbox>().SubmitAsync(Orders.Event(1));
        await host.Services.GetRequiredService<IScenarioRunner>().WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await host.StopAsync();

        Assert.Equal(["1"], effects.Entries);
    }

    [Fact]
    public async Task Events_stored_before_a_restart_are_processed_by_the_next_host()
    {
        var path = Path.Combine(_folder, "restart.db");
        var effects = new EffectLog();
        void Scenario(ScenariosBuilder s) => s.AddScenario("restart", x => x
            .From(OrderStatus)
            .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) => { effects.Add(o.OrderId.ToString()); return ValueTask.CompletedTask; }));

        await using (var first = await ScenarioHarness.StartAsync(Scenario, store: _ => new SqliteScenarioStore(path), start: false))
        {
            Assert.Equal(3, (await first.Inbox.SubmitAsync([Orders.Event(1), Orders.Event(2), Orders.Event(3)])).Accepted);
        }

        await using var second = await ScenarioHarness.StartAsync(Scenario, store: _ => new SqliteScenarioStore(path));
        await second.IdleAsync();

        // Three subjects run in parallel: each event once, in any order.
        Assert.Equal(["1", "2", "3"], effects.Entries.Order(StringComparer.Ordinal));
        Assert.Equal(0, await second.Store.CountQueuedAsync());
        Assert.Equal(0, (await second.Inbox.SubmitAsync(Orders.Event(2))).Accepted);
    }
}
