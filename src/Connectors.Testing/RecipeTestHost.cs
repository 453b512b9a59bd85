using Connectors.Scenarios;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Testing;

/// <summary>
/// Every emulator on loopback, every client pointed at them, the scenarios engine with an in-memory store and
/// the recipes a test adds — started as a real host. Drive pollers with <see cref="PollAsync"/> and wait for the
/// runner with <see cref="IdleAsync"/>; no sleeps.
/// </summary>
public sealed class RecipeTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private RecipeTestHost(EmulatedSystems systems, IHost host)
    {
        Systems = systems;
        _host = host;
    }

    /// <summary>The running emulators.</summary>
    public EmulatedSystems Systems { get; }

    /// <summary>The host's services (clients, inbox, dead letters).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Where host endpoints push events.</summary>
    public IScenarioInbox Inbox => Services.GetRequiredService<IScenarioInbox>();

    /// <summary>Dead letters and replay.</summary>
    public IScenarioDeadLetters DeadLetters => Services.GetRequiredService<IScenarioDeadLetters>();

    /// <summary>The runner (poll now, wait for idle).</summary>
    public IScenarioRunner Runner => Services.GetRequiredService<IScenarioRunner>();

    /// <summary>Starts emulators and a host with the recipes <paramref name="recipes"/> adds.</summary>
    /// <param name="recipes">Adds recipes (and anything else) to the scenarios builder.</param>
    /// <param name="services">Adds more services (fakes of the host's own sinks, options).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<RecipeTestHost> StartAsync(Action<ScenariosBuilder> recipes, Action<IServiceCollection>? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipes);
        var systems = await EmulatedSystems.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddEmulatedConnectors(systems);
        var scenarios = builder.Services.AddScenarios(o =>
        {
            o.RunPollers = false; // tests poll explicitly
            o.Retry.MaxRetries = 3;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
        }).UseInMemoryStore();
        recipes(scenarios);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new RecipeTestHost(systems, host);
    }

    /// <summary>Runs a poll trigger now and waits until every stored event is processed.</summary>
    /// <param name="pollerName">The poller.</param>
    /// <param name="cancellationToken">Cancels the poll and the wait.</param>
    /// <returns>How many events the poll stored.</returns>
    public async Task<int> PollAsync(string pollerName, CancellationToken cancellationToken = default)
    {
        var stored = await Runner.PollAsync(pollerName, cancellationToken).ConfigureAwait(false);
        await IdleAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Waits (at most 30 s) until the runner has processed every stored event.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task IdleAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await Runner.WaitForIdleAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>A client or other service.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
        await Systems.DisposeAsync().ConfigureAwait(false);
    }
}
