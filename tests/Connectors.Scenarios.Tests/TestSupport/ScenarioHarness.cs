using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Scenarios.Tests.TestSupport;

/// <summary>A started engine over a service provider, for one test.</summary>
internal sealed class ScenarioHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly Runtime.ScenarioRunner _runner;

    private ScenarioHarness(ServiceProvider provider)
    {
        _provider = provider;
        _runner = provider.GetRequiredService<Runtime.ScenarioRunner>();
    }

    public IServiceProvider Services => _provider;

    public IScenarioInbox Inbox => _provider.GetRequiredService<IScenarioInbox>();

    public IScenarioRunner Runner => _runner;

    public IScenarioDeadLetters DeadLetters => _provider.GetRequiredService<IScenarioDeadLetters>();

    public IScenarioStore Store => _provider.GetRequiredService<IScenarioStore>();

    public static async Task<ScenarioHarness> StartAsync(
        Action<ScenariosBuilder> scenarios,
        Action<ScenarioOptions>? options = null,
        Func<IServiceProvider, IScenarioStore>? store = null,
        Action<IServiceCollection>? services = null,
        bool start = true)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var builder = collection.AddScenarios(o =>
        {
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
            o.Retry.UseJitter = false;
            options?.Invoke(o);
        });
        if (store is null)
        {
            builder.UseInMemoryStore();
        }
        else
        {
            builder.UseStore(store);
        }

        scenarios(builder);
        var harness = new ScenarioHarness(collection.BuildServiceProvider(validateScopes: true));
        if (start)
        {
            await harness._runner.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    public Task StartRunnerAsync() => _runner.StartAsync(CancellationToken.None);

    /// <summary>Waits until the runner is idle, failing the test rather than hanging.</summary>
    public Task IdleAsync() => Runner.WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(20));

    public async ValueTask DisposeAsync()
    {
        await _runner.StopAsync(CancellationToken.None);
        await _provider.DisposeAsync();
    }
}
