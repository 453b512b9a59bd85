using Connectors.BigCommerce;
using Connectors.Core.Resilience;
using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;
using Connectors.Emulators.WorkflowService;
using Connectors.OpenText;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;

namespace Connectors.Testing;

/// <summary>
/// All five emulated systems plus the OpenText identity service, running on loopback. Configure clients
/// against them with the <c>Configure…</c> methods or <see cref="EmulatedSystemsServiceCollectionExtensions.AddEmulatedConnectors"/>.
/// </summary>
public sealed class EmulatedSystems : IAsyncDisposable
{
    private EmulatedSystems(
        OpenTextIdentityEmulator identity,
        BigCommerceEmulator bigCommerce,
        CoreCaseEmulator coreCase,
        ExstreamEmulator exstream,
        TradingGridEmulator tradingGrid,
        WorkflowServiceEmulator workflowService)
    {
        Identity = identity;
        BigCommerce = bigCommerce;
        CoreCase = coreCase;
        Exstream = exstream;
        TradingGrid = tradingGrid;
        WorkflowService = workflowService;
    }

    /// <summary>The OpenText identity service.</summary>
    public OpenTextIdentityEmulator Identity { get; }

    /// <summary>The BigCommerce store.</summary>
    public BigCommerceEmulator BigCommerce { get; }

    /// <summary>OpenText Core Case.</summary>
    public CoreCaseEmulator CoreCase { get; }

    /// <summary>OpenText Exstream.</summary>
    public ExstreamEmulator Exstream { get; }

    /// <summary>OpenText Active Community – Trading Grid.</summary>
    public TradingGridEmulator TradingGrid { get; }

    /// <summary>OpenText Workflow Service.</summary>
    public WorkflowServiceEmulator WorkflowService { get; }

    /// <summary>Starts every emulator on loopback.</summary>
    /// <param name="time">The clock of the emulators that move state over time (Exstream jobs, Trading Grid events).</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<EmulatedSystems> StartAsync(TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var identity = await OpenTextIdentityEmulator.StartNewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var bigCommerce = await BigCommerceEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var coreCase = await CoreCaseEmulator.StartAsync(identity, cancellationToken: cancellationToken).ConfigureAwait(false);
        var exstream = await ExstreamEmulator.StartAsync(identity, time: time, cancellationToken: cancellationToken).ConfigureAwait(false);
        var tradingGrid = await TradingGridEmulator.StartAsync(identity, time: time, cancellationToken: cancellationToken).ConfigureAwait(false);
        var workflow = await WorkflowServiceEmulator.StartAsync(identity, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new EmulatedSystems(identity, bigCommerce, coreCase, exstream, tradingGrid, workflow);
    }

    /// <summary>Points BigCommerce options at the emulated store.</summary>
    /// <param name="options">The options.</param>
    public void ConfigureBigCommerce(BigCommerceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = BigCommerce.BaseAddress;
        options.StoreHash = BigCommerceEmulator.DefaultStoreHash;
        options.AccessToken = BigCommerceEmulator.DefaultAccessToken;
        Fast(options.Resilience);
    }

    /// <summary>Points Core Case options at the emulator.</summary>
    /// <param name="options">The options.</param>
    public void ConfigureCoreCase(CoreCaseClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OpenText(options, CoreCase.BaseAddress);
    }

    /// <summary>Points Exstream options at the emulator.</summary>
    /// <param name="options">The options.</param>
    public void ConfigureExstream(ExstreamClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OpenText(options, Exstream.BaseAddress);
        options.Domain = ExstreamEmulator.DefaultDomain;
    }

    /// <summary>Points Trading Grid options at the emulator.</summary>
    /// <param name="options">The options.</param>
    public void ConfigureTradingGrid(TradingGridClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = TradingGrid.BaseAddress;
        options.AuthenticationBaseAddress = Identity.BaseAddress; // real Trading Grid issues tokens on its API host
        options.ClientId = OpenTextIdentityEmulator.DefaultConsumerKey;
        options.ClientSecret = OpenTextIdentityEmulator.DefaultConsumerSecret;
        options.CompanyId = TradingGridSeed.CompanyId;
        Fast(options.Resilience);
    }

    /// <summary>Points Workflow Service options at the emulator.</summary>
    /// <param name="options">The options.</param>
    public void ConfigureWorkflowService(WorkflowServiceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OpenText(options, WorkflowService.ApiBaseAddress);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await WorkflowService.DisposeAsync().ConfigureAwait(false);
        await TradingGrid.DisposeAsync().ConfigureAwait(false);
        await Exstream.DisposeAsync().ConfigureAwait(false);
        await CoreCase.DisposeAsync().ConfigureAwait(false);
        await BigCommerce.DisposeAsync().ConfigureAwait(false);
        await Identity.DisposeAsync().ConfigureAwait(false);
    }

    private void OpenText(OpenTextClientOptions options, Uri baseAddress)
    {
        options.BaseAddress = baseAddress;
        options.AuthenticationBaseAddress = Identity.BaseAddress;
        options.TenantId = OpenTextIdentityEmulator.DefaultTenant;
        options.ClientId = OpenTextIdentityEmulator.DefaultClientId;
        options.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
        Fast(options.Resilience);
    }

    // Emulators answer in milliseconds: short back-off keeps retry tests fast without changing what is retried.
    private static void Fast(ConnectorResilienceOptions resilience)
    {
        resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
        resilience.MaxDelay = TimeSpan.FromMilliseconds(100);
        resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        resilience.TotalTimeout = TimeSpan.FromSeconds(30);
    }
}
