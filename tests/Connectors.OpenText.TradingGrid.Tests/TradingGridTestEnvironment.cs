using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.OpenText.TradingGrid.Tests;

/// <summary>An identity emulator, a seeded Trading Grid emulator and a client wired through DI (auth, resilience, telemetry).</summary>
internal sealed class TradingGridTestEnvironment : IAsyncDisposable
{
    // One identity emulator for the test run (tokens are per client, so tests do not disturb each other);
    // tests that revoke tokens or count token requests ask for their own.
    private static readonly Lazy<Task<OpenTextIdentityEmulator>> SharedIdentity = new(() => OpenTextIdentityEmulator.StartNewAsync());
    private readonly bool _ownsIdentity;

    private TradingGridTestEnvironment(OpenTextIdentityEmulator identity, bool ownsIdentity, TradingGridEmulator emulator, ServiceProvider services)
    {
        _ownsIdentity = ownsIdentity;
        Identity = identity;
        Emulator = emulator;
        Services = services;
        Client = services.GetRequiredService<TradingGridClient>();
    }

    public OpenTextIdentityEmulator Identity { get; }

    public TradingGridEmulator Emulator { get; }

    public TradingGridState State => Emulator.State;

    public ServiceProvider Services { get; }

    public TradingGridClient Client { get; }

    public static async Task<TradingGridTestEnvironment> StartAsync(Action<TradingGridClientOptions>? configure = null, bool seed = true, bool ownIdentity = false)
    {
        var identity = ownIdentity ? await OpenTextIdentityEmulator.StartNewAsync() : await SharedIdentity.Value;
        var emulator = await TradingGridEmulator.StartAsync(identity, seed: seed);
        var services = new ServiceCollection();
        services.AddTradingGrid(o =>
        {
            Configure(o, identity, emulator);
            configure?.Invoke(o);
        });
        return new TradingGridTestEnvironment(identity, ownIdentity, emulator, services.BuildServiceProvider(validateScopes: true));
    }

    public static void Configure(TradingGridClientOptions o, OpenTextIdentityEmulator identity, TradingGridEmulator emulator)
    {
        o.BaseAddress = emulator.BaseAddress;
        o.AuthenticationBaseAddress = identity.BaseAddress;
        o.ClientId = OpenTextIdentityEmulator.DefaultConsumerKey;
        o.ClientSecret = OpenTextIdentityEmulator.DefaultConsumerSecret;
        o.CompanyId = TradingGridSeed.CompanyId;
        o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
        o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
        o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
        o.Resilience.TotalTimeout = TimeSpan.FromSeconds(15);
    }

    public TgSpace SpaceOf(string partnerCompanyId) => State.Spaces.Single(s => s.PartnerCompanyId == partnerCompanyId);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
        if (_ownsIdentity)
        {
            await Identity.DisposeAsync();
        }
    }
}
