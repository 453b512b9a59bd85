using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;
using Connectors.Emulators.WorkflowService;

namespace Connectors.Emulators.Tool;

/// <summary>The emulators the tool started, each seeded with its default data (the emulators seed themselves).</summary>
internal sealed class RunningEmulators : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _started = [];

    public OpenTextIdentityEmulator? Identity { get; private set; }

    public BigCommerceEmulator? BigCommerce { get; private set; }

    public CoreCaseEmulator? CoreCase { get; private set; }

    public ExstreamEmulator? Exstream { get; private set; }

    public TradingGridEmulator? TradingGrid { get; private set; }

    public WorkflowServiceEmulator? WorkflowService { get; private set; }

    /// <summary>Starts the chosen systems on their ports; on failure stops what already started.</summary>
    /// <param name="options">The command line.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <exception cref="IOException">A system could not start (usually: its port is in use); the message says which and what to do.</exception>
    public static async Task<RunningEmulators> StartAsync(ToolOptions options, CancellationToken cancellationToken)
    {
        var running = new RunningEmulators();
        try
        {
            foreach (var system in options.Systems)
            {
                await running.StartAsync(system, options.Ports[system], cancellationToken).ConfigureAwait(false);
            }

            return running;
        }
        catch
        {
            await running.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartAsync(EmulatedSystem system, int port, CancellationToken cancellationToken)
    {
        try
        {
            IAsyncDisposable started = system.Name switch
            {
                "identity" => Identity = await OpenTextIdentityEmulator.StartNewAsync(port, cancellationToken).ConfigureAwait(false),
                "bigcommerce" => BigCommerce = await BigCommerceEmulator.StartAsync(new BigCommerceEmulatorOptions { Port = port }, cancellationToken).ConfigureAwait(false),
                "corecase" => CoreCase = await CoreCaseEmulator.StartAsync(IdentityOrThrow, port, cancellationToken).ConfigureAwait(false),
                "exstream" => Exstream = await ExstreamEmulator.StartAsync(IdentityOrThrow, port: port, cancellationToken: cancellationToken).ConfigureAwait(false),
                "tradinggrid" => TradingGrid = await TradingGridEmulator.StartAsync(IdentityOrThrow, port: port, cancellationToken: cancellationToken).ConfigureAwait(false),
                "workflowservice" => WorkflowService = await WorkflowServiceEmulator.StartAsync(IdentityOrThrow, port: port, cancellationToken: cancellationToken).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(system), system.Name, "Not a system the tool knows."),
            };
            _started.Add(started);
        }
        catch (IOException ex)
        {
            // Kestrel reports a port in use as an IOException (AddressInUseException).
            throw new IOException($"{system.Title} could not listen on 127.0.0.1:{port} ({ex.Message}). Choose other ports with --port-base <n> or --port {system.Name}=<n>.", ex);
        }
    }

    private OpenTextIdentityEmulator IdentityOrThrow
        => Identity ?? throw new InvalidOperationException("The identity emulator starts before every OpenText emulator.");

    /// <summary>Stops every emulator, the last started first.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].DisposeAsync().ConfigureAwait(false);
        }

        _started.Clear();
    }
}
