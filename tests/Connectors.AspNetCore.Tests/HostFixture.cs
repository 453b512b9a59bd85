using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Connectors.BigCommerce;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios;
using Connectors.Scenarios.Storage;
using Connectors.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.AspNetCore.Tests;

/// <summary>
/// The five emulators (on a fake clock, so Exstream moves only when a test says) and a real Kestrel WebApplication
/// on 127.0.0.1 with every inbound endpoint and the health checks. Every answered request is recorded with the
/// number of events the inbox held at that moment, so tests can see a 2xx was sent only after the event was stored.
/// </summary>
public sealed class HostFixture(int maxBodyBytes = HostFixture.MaxBodyBytes) : IAsyncLifetime
{
    public const string BigCommerceSecret = "a-long-shared-secret-for-tests";
    public const string ExstreamSecret = "exstream-secret-for-tests-0123";
    public const string WorkflowServiceSecret = "workflow-secret-for-tests-0123";
    public const int MaxBodyBytes = 8 * 1024;

    private readonly Channel<AnsweredRequest> _answers = Channel.CreateUnbounded<AnsweredRequest>();

    internal RecordingInbox Inbox { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public EmulatedSystems Systems { get; private set; } = null!;

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The secret Trading Grid issued for the webhook it posts to this host's endpoint.</summary>
    public string TradingGridSecret { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        Systems = await EmulatedSystems.StartAsync(Time);

        // Trading Grid issues a webhook's secret when the callback URL is registered, and the endpoint needs the
        // secret when it is mapped: so the port is chosen first and the webhook registered before the host is built.
        BaseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        TradingGridSecret = await RegisterTradingGridWebhookAsync(Systems, Endpoint("tradinggrid"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseAddress.ToString());
        builder.Logging.ClearProviders();
        builder.Services.AddEmulatedConnectors(Systems);
        builder.Services.AddSingleton<IScenarioInbox>(Inbox);
        builder.Services.AddSingleton<IScenarioStore, InMemoryScenarioStore>();
        builder.Services.AddConnectorsWebhooks(o =>
        {
            o.BigCommerceSecret = BigCommerceSecret;
            o.ExstreamSecrets.Add(ExstreamSecret);
            o.TradingGridSecrets.Add(TradingGridSecret);
            o.WorkflowServiceSecrets.Add(WorkflowServiceSecret);
            o.MaxBodyBytes = maxBodyBytes;
        });
        builder.Services.AddConnectorsHealthChecks();
        App = builder.Build();
        App.Use(async (HttpContext context, RequestDelegate next) =>
        {
            await next(context);
            _answers.Writer.TryWrite(new AnsweredRequest(context.Request.Path, context.Response.StatusCode, Inbox.Stored.Count));
        });
        App.MapConnectorsWebhooks("/webhooks");
        await App.StartAsync();
    }

    public Uri Endpoint(string system) => new(BaseAddress, "webhooks/" + system);

    /// <summary>Waits for the host to answer the next request to <paramref name="system"/>'s endpoint.</summary>
    public async Task<AnsweredRequest> NextAnswerAsync(string system)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var answer = await _answers.Reader.ReadAsync(timeout.Token);
            if (answer.Path == "/webhooks/" + system)
            {
                return answer;
            }
        }
    }

    /// <summary>Posts <paramref name="body"/> to an endpoint with one header (the signature or secret).</summary>
    public async Task<HttpResponseMessage> PostAsync(string system, byte[] body, string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint(system)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(header, value);
        return await Http.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        await Systems.DisposeAsync();
    }

    public static BigCommerceWebhookReceiver BigCommerceReceiver() => new(BigCommerceSecret);

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static async Task<string> RegisterTradingGridWebhookAsync(EmulatedSystems systems, Uri callback)
    {
        var services = new ServiceCollection();
        services.AddTradingGrid(systems.ConfigureTradingGrid);
        await using var provider = services.BuildServiceProvider();
        var registration = await provider.GetRequiredService<TradingGridClient>().Events.RegisterWebhookAsync(callback);
        return registration.Value.Secret ?? throw new InvalidOperationException("Trading Grid issued no webhook secret.");
    }
}

/// <summary>A request the host answered: its path, the status, and how many events the inbox held when it answered.</summary>
public sealed record AnsweredRequest(string Path, int Status, int StoredWhenAnswered);
