using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// Emulates OpenText Core Case Management (CCMA) on loopback: case instances with lawful status
/// transitions, comments, tasks, attachments, links, history and a tenant-wide events feed, all under
/// <c>/tenants/{tenantId}/api/v1/</c>. Every request is authorized by the shared identity emulator.
/// The contract it follows is docs/api/core-case.md.
/// </summary>
public sealed class CoreCaseEmulator : IAsyncDisposable
{
    private readonly OpenTextIdentityEmulator _identity;
    private EmulatorHost? _host;
    private long _attachmentBytes;

    private CoreCaseEmulator(OpenTextIdentityEmulator identity) => _identity = identity;

    /// <summary>The emulator's state, for seeding and inspection in tests.</summary>
    public CoreCaseState State { get; } = new();

    /// <summary>The root address once started.</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The Core Case emulator is not started.");

    /// <summary>Faults to inject into the next matching requests.</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The Core Case emulator is not started.");

    /// <summary>The largest page <c>size</c> accepted. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The largest attachment accepted, in bytes; larger uploads get 413. Default 200 MB.</summary>
    public long MaxAttachmentBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Attachment bytes received so far, counted as they arrive (tests use it to see that uploads stream).</summary>
    public long AttachmentBytesReceived => Interlocked.Read(ref _attachmentBytes);

    internal void CountAttachmentBytes(int count) => Interlocked.Add(ref _attachmentBytes, count);

    /// <summary>The API root of a tenant: <c>{BaseAddress}tenants/{tenantId}/api/v1/</c>.</summary>
    /// <param name="tenantId">The tenant.</param>
    public Uri TenantApiAddress(string tenantId = OpenTextIdentityEmulator.DefaultTenant)
        => new(BaseAddress, $"tenants/{Uri.EscapeDataString(tenantId)}/api/v1/");

    /// <summary>Starts an emulator on loopback that authorizes requests with <paramref name="identity"/>.</summary>
    /// <param name="identity">The running identity emulator.</param>
    /// <param name="port">The port to bind; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<CoreCaseEmulator> StartAsync(OpenTextIdentityEmulator identity, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var emulator = new CoreCaseEmulator(identity);
        emulator._host = await EmulatorHost.StartAsync("OpenTextCoreCase", emulator.Map, port, cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Map(WebApplication app)
    {
        var api = app.MapGroup("/tenants/{tenantId}/api/v1");
        api.AddEndpointFilter(async (context, next) =>
        {
            var tenantId = context.HttpContext.GetRouteValue("tenantId") as string;
            return _identity.Authorize(context.HttpContext.Request, tenantId) ?? await next(context).ConfigureAwait(false);
        });
        new CaseEndpoints(this).Map(api);
        new CaseLifecycleEndpoints(this).Map(api);
        new CaseFeedEndpoints(this).Map(api);
        new CaseItemEndpoints(this).Map(api);
    }
}
