using System.Threading.Channels;
using Connectors.BigCommerce;
using Connectors.Core.Webhooks;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
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

        // Trading Grid issues a webhook's secret when the callback URL is registered, which needs the host's port:
        // so the host starts on a free port with a stand-in receiver, and the real one is set once the secret is issued.
        var tradingGrid = new LateReceiver(TradingGridWebhookReceiver.EventSource);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddEmulatedConnectors(Systems);
        builder.Services.AddSingleton<IScenarioInbox>(Inbox);
        builder.Services.AddSingleton<IScenarioStore, InMemoryScenarioStore>();
        builder.Services.AddConnectorsWebhooks(o => o.MaxBodyBytes = maxBodyBytes);
        builder.Services.AddWebhookReceiver(BigCommerceReceiver());
        builder.Services.AddWebhookReceiver(new ExstreamWebhookReceiver(ExstreamSecret));
        builder.Services.AddWebhookReceiver(tradingGrid);
        builder.Services.AddWebhookReceiver(new WorkflowServiceWebhookReceiver(WorkflowServiceSecret));
        builder.Services.AddConnectorsHealthChecks();
        App = builder.Build();
        App.Use(async (HttpContext context, RequestDelegate next) =>
        {
            await next(context);
            _answers.Writer.TryWrite(new AnsweredRequest(context.Request.Path, context.Response.StatusCode, Inbox.Stored.Count));
        });
        App.MapConnectorsWebhooks("/webhooks");
        await App.StartAsync();
        BaseAddress = new Uri(App.Urls.Single().TrimEnd('/') + "/");
        TradingGridSecret = await RegisterTradingGridWebhookAsync(Systems, Endpoint("tradinggrid"));
        tradingGrid.Inner = new TradingGridWebhookReceiver(TradingGridSecret);
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

/// <summary>A receiver whose real implementation is set after the host started (the secret is issued later).</summary>
internal sealed class LateReceiver(string source) : IWebhookReceiver
{
    public IWebhookReceiver? Inner { get; set; }

    public string Source => source;

    public int MaxBodyBytes => Inner?.MaxBodyBytes ?? int.MaxValue;

    public TimeSpan? MaxAge => Inner?.MaxAge;

    public WebhookReceipt Receive(WebhookDelivery delivery)
        => Inner?.Receive(delivery) ?? throw new InvalidOperationException("The receiver is not ready.");
}
