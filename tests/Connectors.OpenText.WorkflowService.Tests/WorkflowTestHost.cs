using System.Collections.Concurrent;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.WorkflowService;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.OpenText.WorkflowService.Tests;

/// <summary>The identity and workflow emulators plus a client wired through DI, as a user would.</summary>
public sealed class WorkflowTestHost : IAsyncLifetime
{
    private readonly List<ServiceProvider> _providers = [];

    public OpenTextIdentityEmulator Identity { get; private set; } = null!;

    public WorkflowServiceEmulator Emulator { get; private set; } = null!;

    public WorkflowServiceClient Client { get; private set; } = null!;

    public CapturingCallbackHandler Callbacks { get; } = new();

    public async Task InitializeAsync()
    {
        Identity = await OpenTextIdentityEmulator.StartNewAsync();
        Emulator = await WorkflowServiceEmulator.StartAsync(Identity);
        Emulator.CallbackHandler = Callbacks;
        Client = CreateClient();
    }

    public WorkflowServiceClient CreateClient(Action<WorkflowServiceClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddWorkflowService(o =>
        {
            o.BaseAddress = Emulator.ApiBaseAddress;
            o.AuthenticationBaseAddress = Identity.BaseAddress;
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(5);
            o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(20);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(60);
            o.Resilience.CircuitBreakerEnabled = false;
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<WorkflowServiceClient>();
    }

    public static string NewKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Emulator.DisposeAsync();
        await Identity.DisposeAsync();
        Callbacks.Dispose();
    }
}

/// <summary>Receives the emulator's callbacks in memory: raw bytes and headers, answers 200.</summary>
public sealed class CapturingCallbackHandler : HttpMessageHandler
{
    public ConcurrentQueue<CapturedCallback> Received { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Received.Enqueue(new CapturedCallback(request.RequestUri!, body, headers));
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
    }
}

public sealed record CapturedCallback(Uri Url, byte[] Body, IReadOnlyDictionary<string, string> Headers);
