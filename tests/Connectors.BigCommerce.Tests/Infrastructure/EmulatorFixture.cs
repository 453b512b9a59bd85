using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.BigCommerce.Tests;

/// <summary>One emulator per test class; every test works in its own store, so tests never see each other's changes.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private int _stores;

    public BigCommerceEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
        => Emulator = await BigCommerceEmulator.StartAsync(new BigCommerceEmulatorOptions { RequestsPerWindow = 100_000 });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>A fresh seeded store and a client for it.</summary>
    public TestStore NewStore(Action<BigCommerceClientOptions>? configure = null, bool seed = true)
    {
        var hash = $"store-{Interlocked.Increment(ref _stores)}";
        var token = $"token-{hash}";
        var state = Emulator.AddStore(hash, token, seed);
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = Emulator.BaseAddress;
            o.StoreHash = hash;
            o.AccessToken = token;
            TestResilience.Fast(o);
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        return new TestStore(state, provider.GetRequiredService<BigCommerceClient>(), provider);
    }
}

public sealed record TestStore(BigCommerceStoreState State, BigCommerceClient Client, ServiceProvider Services) : IDisposable
{
    public void Dispose() => Services.Dispose();
}

public static class TestResilience
{
    /// <summary>Short delays and timeouts so failure tests stay fast; the behaviour is the production one.</summary>
    public static void Fast(BigCommerceClientOptions options)
    {
        options.Resilience.BaseDelay = TimeSpan.FromMilliseconds(5);
        options.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
        options.Resilience.CircuitBreakerEnabled = false;
    }
}
