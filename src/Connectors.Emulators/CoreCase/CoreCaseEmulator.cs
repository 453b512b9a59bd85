using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// Emulates OpenText Core Case Management (CCMA) on loopback, on the path family OpenText publishes:
/// <c>{baseUrl}/api/v1/case-definitions/{caseDefinitionId}/cases/{caseId}</c> (create, also as the multipart
/// "Create Case with Attachments"; get; <c>PUT …/case-data</c>) and <c>case-definitions</c>, plus the assumed routes of
/// docs/api/core-case.md (search, status, assignment, comments, tasks, attachments, links, history, events feed).
/// Anything else (paths outside this family, a PATCH) is 404/405. Every request is authorized by the
/// shared identity emulator; the tenant is the token's (no tenant in the path).
/// </summary>
public sealed class CoreCaseEmulator : IAsyncDisposable
{
    /// <summary>The API root under the base address: <c>api/v1/</c>.</summary>
    public const string ApiPrefix = "api/v1/";

    private readonly OpenTextIdentityEmulator _identity;
    private EmulatorHost? _host;
    private long _attachmentBytes;

    private CoreCaseEmulator(OpenTextIdentityEmulator identity) => _identity = identity;

    /// <summary>The emulator's state, for seeding and inspection in tests.</summary>
    public CoreCaseState State { get; } = new();

    /// <summary>The service address (OpenText's <c>{{baseUrl}}</c>) once started.</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The Core Case emulator is not started.");

    /// <summary>The API root, <c>{BaseAddress}api/v1/</c>.</summary>
    public Uri ApiAddress => new(BaseAddress, ApiPrefix);

    /// <summary>Faults to inject into the next matching requests.</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The Core Case emulator is not started.");

    /// <summary>The largest page <c>size</c> accepted. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The largest attachment accepted, in bytes; larger uploads get 413. Default 200 MB.</summary>
    public long MaxAttachmentBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Attachment bytes received so far, counted as they arrive (tests use it to see that uploads stream).</summary>
    public long AttachmentBytesReceived => Interlocked.Read(ref _attachmentBytes);

    internal void CountAttachmentBytes(int count) => Interlocked.Add(ref _attachmentBytes, count);

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
        var api = app.MapGroup("/" + ApiPrefix.TrimEnd('/'));
        api.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            if (_identity.Authorize(request) is { } denied)
            {
                return denied;
            }

            var (tenantId, clientId) = _identity.CallerOf(request)!.Value;
            context.HttpContext.Items[CoreCaseHttp.CallerKey] = new Caller(tenantId, new EmulatedIdentity(clientId, "User"));
            return await next(context).ConfigureAwait(false);
        });
        new CaseDefinitionEndpoints(this).Map(api);
        new CaseEndpoints(this).Map(api);
        new CaseLifecycleEndpoints(this).Map(api);
        new CaseItemEndpoints(this).Map(api);
        new CaseFeedEndpoints(this).Map(api);
    }
}

/// <summary>The tenant and identity of the token a request carries.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Identity">The client, as a <c>User</c> identity.</param>
internal sealed record Caller(string TenantId, EmulatedIdentity Identity);
