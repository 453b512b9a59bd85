using System.Text.Json.Nodes;
using Connectors.Core.DependencyInjection;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.OpenText.Exstream.Tests;

/// <summary>
/// One identity emulator, one Exstream emulator on a fake clock, and a client registered through DI
/// (OAuth, resilience, telemetry), created with the same fake clock for job polling.
/// </summary>
internal sealed class ExstreamTestContext : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ExstreamTestContext(OpenTextIdentityEmulator identity, ExstreamEmulator exstream, FakeTimeProvider time, ServiceProvider services, ExstreamClient client)
    {
        Identity = identity;
        Exstream = exstream;
        Time = time;
        _services = services;
        Client = client;
    }

    public OpenTextIdentityEmulator Identity { get; }

    public ExstreamEmulator Exstream { get; }

    public FakeTimeProvider Time { get; }

    public ExstreamClient Client { get; }

    public IServiceProvider Services => _services;

    public static async Task<ExstreamTestContext> StartAsync(string clientSecret = OpenTextIdentityEmulator.DefaultClientSecret, TimeSpan? attemptTimeout = null)
    {
        var identity = await OpenTextIdentityEmulator.StartNewAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));
        var exstream = await ExstreamEmulator.StartAsync(identity, time: time);
        var services = new ServiceCollection();
        services.AddExstream(o =>
        {
            Configure(o, identity, exstream, clientSecret);
            o.Resilience.AttemptTimeout = attemptTimeout ?? o.Resilience.AttemptTimeout;
        });
        var provider = services.BuildServiceProvider();
        var http = provider.GetRequiredService<IHttpClientFactory>()
            .CreateClient(ConnectorServiceCollectionExtensions.HttpClientName(ExstreamClient.SystemName, string.Empty));
        var client = new ExstreamClient(http, provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<ExstreamClientOptions>>().Get(string.Empty), time);
        return new ExstreamTestContext(identity, exstream, time, provider, client);
    }

    public static void Configure(ExstreamClientOptions o, OpenTextIdentityEmulator identity, ExstreamEmulator exstream, string clientSecret = OpenTextIdentityEmulator.DefaultClientSecret)
    {
        o.BaseAddress = exstream.BaseAddress;
        o.AuthenticationBaseAddress = identity.BaseAddress;
        o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
        o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
        o.ClientSecret = clientSecret;
        o.Domain = ExstreamEmulator.DefaultDomain;
        o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
        o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
        o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(15);
        o.Resilience.TotalTimeout = TimeSpan.FromSeconds(40);
        o.Resilience.CircuitBreakerEnabled = false;
    }

    public static CommunicationRequest Email(string email = "ada@example.com", string? correlationId = "case-42", string name = "Ada Lovelace") => new()
    {
        CommunicationId = ExstreamEmulator.ApprovalLetter,
        Channel = CommunicationChannel.Email,
        Recipient = new Recipient { Id = "cust-1", Name = name, Email = email },
        Data = new JsonObject { ["caseId"] = "42", ["decision"] = "approved" },
        CorrelationId = correlationId,
    };

    /// <summary>Advances the fake clock in one-second steps, letting the loopback HTTP calls run, until <paramref name="task"/> ends.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, int maxSeconds = 600)
    {
        for (var i = 0; i < maxSeconds && !task.IsCompleted; i++)
        {
            await Task.Delay(5);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Moves the clock forward and lets the emulator raise events and post callbacks.</summary>
    public async Task ElapseAsync(TimeSpan span)
    {
        Time.Advance(span);
        await Exstream.PumpAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Exstream.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
