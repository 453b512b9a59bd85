using Connectors.Emulators.OpenTextIdentity;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>Emulators plus a <see cref="CoreCaseClient"/> registered the way users register it (AddCoreCase).</summary>
public sealed class ClientHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ClientHost(EmulatorFixture emulators, ServiceProvider provider)
    {
        Emulators = emulators;
        _provider = provider;
        Client = provider.GetRequiredService<CoreCaseClient>();
    }

    public EmulatorFixture Emulators { get; }

    public CoreCaseClient Client { get; }

    public IServiceProvider Services => _provider;

    /// <param name="configure">Changes to the test defaults.</param>
    /// <param name="tokenClock">The clock the client's token cache uses (never the resilience pipeline's).</param>
    public static async Task<ClientHost> StartAsync(Action<CoreCaseClientOptions>? configure = null, TimeProvider? tokenClock = null)
    {
        var emulators = await EmulatorFixture.StartAsync();
        var services = new ServiceCollection();
        if (tokenClock is not null)
        {
            services.AddHttpClient(OpenTextTokenProviders.HttpClientName);
            services.AddSingleton(sp => new OpenTextTokenProviders(sp.GetRequiredService<IHttpClientFactory>(), tokenClock));
        }

        services.AddCoreCase(o =>
        {
            Configure(o, emulators);
            configure?.Invoke(o);
        });
        return new ClientHost(emulators, services.BuildServiceProvider(validateScopes: true));
    }

    public static void Configure(CoreCaseClientOptions o, EmulatorFixture emulators)
    {
        o.BaseAddress = emulators.CoreCase.BaseAddress;
        o.AuthenticationBaseAddress = emulators.Identity.BaseAddress;
        o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
        o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
        o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
        o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
        o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
        o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(20);
        o.Resilience.TotalTimeout = TimeSpan.FromSeconds(40);
    }

    /// <summary>The seeded case definition of the emulator (OpenText's published example id).</summary>
    public const string Definition = Connectors.Emulators.CoreCase.CoreCaseState.DefaultCaseDefinitionId;

    public static CreateCaseOptions NewCase(string title, ExternalReference? reference = null)
    {
        var options = new CreateCaseOptions { CaseDefinitionId = Definition, Title = title };
        if (reference is not null)
        {
            options.ExternalReferences.Add(reference);
        }

        return options;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Emulators.DisposeAsync();
    }
}
