using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;

namespace Connectors.Emulators.WorkflowService;

/// <summary>
/// Emulates the OpenText Workflow Service REST API (Flowable-based) under <c>/workflow/v1/</c>:
/// process definitions and models, process instances and variables, user tasks with claim/complete,
/// comments and attachments, history, and events (signed callbacks plus a checkpointed poll).
/// Every request is authenticated with the shared identity emulator. See docs/api/workflow-service.md.
/// </summary>
public sealed partial class WorkflowServiceEmulator : IAsyncDisposable
{
    /// <summary>The path prefix the API is served under.</summary>
    public const string ApiPrefix = "workflow/v1/";

    private readonly OpenTextIdentityEmulator _identity;
    private readonly CallbackDispatcher _callbacks;
    private readonly HttpMessageHandler _defaultCallbackHandler = new SocketsHttpHandler();
    private EmulatorHost? _host;

    private WorkflowServiceEmulator(OpenTextIdentityEmulator identity, string tenantId)
    {
        _identity = identity;
        TenantId = tenantId;
        Engine = new WorkflowEngine(TimeProvider.System);
        _callbacks = new CallbackDispatcher(() => CallbackHandler ?? _defaultCallbackHandler);
        foreach (var model in SeedModels.All)
        {
            Engine.Deploy(model);
        }
    }

    /// <summary>The tenant whose tokens are accepted.</summary>
    public string TenantId { get; }

    /// <summary>The engine state: definitions, instances, tasks, events, subscriptions (for seeding and assertions).</summary>
    public WorkflowEngine Engine { get; }

    /// <summary>The root address of the host.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>The API base address clients use, e.g. <c>http://127.0.0.1:5000/workflow/v1/</c>.</summary>
    public Uri ApiBaseAddress => new(Host.BaseAddress, ApiPrefix);

    /// <summary>Faults to inject into the next matching requests.</summary>
    public FaultInjector Faults => Host.Faults;

    /// <summary>Handler used to post callbacks; tests can capture deliveries without a listener. Default: real HTTP.</summary>
    public HttpMessageHandler? CallbackHandler { get; set; }

    /// <summary>Every callback delivery attempted so far.</summary>
    public IReadOnlyList<CallbackDelivery> CallbackDeliveries => _callbacks.Deliveries.ToArray();

    /// <summary>The signature header on callbacks: <c>sha256={hex HMAC-SHA256(secret, raw body)}</c>.</summary>
    public static string SignatureHeader => CallbackDispatcher.SignatureHeader;

    private EmulatorHost Host => _host ?? throw new InvalidOperationException("The workflow emulator is not started.");

    /// <summary>Starts the emulator on loopback with the seeded claims, partner onboarding and document review definitions.</summary>
    /// <param name="identity">The identity emulator that issued the tokens.</param>
    /// <param name="tenantId">The tenant whose tokens are accepted.</param>
    /// <param name="port">The port to bind; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<WorkflowServiceEmulator> StartAsync(
        OpenTextIdentityEmulator identity,
        string tenantId = OpenTextIdentityEmulator.DefaultTenant,
        int port = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var emulator = new WorkflowServiceEmulator(identity, tenantId);
        emulator._host = await EmulatorHost.StartAsync("OpenTextWorkflowService", emulator.Map, port, cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Computes the callback signature for a body, as a receiver would check it.</summary>
    /// <param name="secret">The subscription secret.</param>
    /// <param name="body">The raw body.</param>
    public static string Sign(string secret, byte[] body) => CallbackDispatcher.Sign(secret, body);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }

        _defaultCallbackHandler.Dispose();
    }
}
