using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Connectors.BigCommerce;
using Connectors.Core.Webhooks;
using Connectors.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.AspNetCore.Tests;

/// <summary>Inbound endpoints never answer 500 for bad input, never store what they refused, and store the signed bytes.</summary>
public sealed class InboundHardeningTests : IAsyncLifetime
{
    private const string Secret = "a-long-shared-secret-for-tests";
    private readonly RecordingInbox _inbox = new();
    private readonly LogSink _logs = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // A sender slower than 100 bytes/s after a 1.5 s grace is cut by Kestrel (408).
        builder.WebHost.ConfigureKestrel(o => o.Limits.MinRequestBodyDataRate = new MinDataRate(100, TimeSpan.FromSeconds(1.5)));
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(_logs);
        builder.Services.AddSingleton<IScenarioInbox>(_inbox);
        builder.Services.AddWebhookReceiver(new BigCommerceWebhookReceiver(Secret));
        _app = builder.Build();
        _app.MapConnectorsWebhooks("/webhooks");
        _app.MapWebhookReceiver("/webhooks/boom", new ThrowingReceiver());
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single().TrimEnd('/') + "/") };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_delivery_whose_created_at_is_not_a_time_is_400_and_nothing_is_stored()
    {
        using var response = await PostAsync(Delivery(createdAt: 99_999_999_999_999));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _inbox.Submissions);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_delivery_older_than_the_inbox_retention_is_refused_as_expired_so_a_replay_is_never_processed_twice()
    {
        using var response = await PostAsync(Delivery(createdAt: DateTimeOffset.UtcNow.AddDays(-8).ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _inbox.Submissions);
    }

    [Fact]
    public async Task A_body_that_is_not_valid_utf8_is_400_and_never_stored_altered()
    {
        var body = Encoding.UTF8.GetBytes(Delivery(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Replace("\"hash\":\"h\"", "\"hash\":\"\u00ff\"", StringComparison.Ordinal));
        var at = Array.IndexOf(body, (byte)0xC3);
        body[at] = 0xFF; // an invalid UTF-8 lead byte inside a string value

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _inbox.Submissions);
    }

    [Fact]
    public async Task A_receiver_that_throws_is_answered_400_logged_once_at_warning_and_nothing_is_stored()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("webhooks/boom", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _inbox.Submissions);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be read by its receiver", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_sender_too_slow_with_its_body_gets_408_without_an_error_log_and_nothing_is_stored()
    {
        var address = new Uri(_app.Urls.Single());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /webhooks/bigcommerce HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{BigCommerceWebhookReceiver.DefaultHeaderName}: {Secret}\r\nContent-Length: 5000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = Task.Run(async () => await reader.ReadLineAsync());
        for (var i = 0; i < 100 && !statusLine.IsCompleted; i++)
        {
            await stream.WriteAsync("{"u8.ToArray()); // 10 bytes/s, under the minimum rate
            await Task.Delay(100);
        }

        Assert.StartsWith("HTTP/1.1 408", await statusLine.WaitAsync(TimeSpan.FromSeconds(20)), StringComparison.Ordinal);
        Assert.Equal(0, _inbox.Submissions);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error && e.Category.StartsWith("Connectors", StringComparison.Ordinal));
    }

    private static string Delivery(long createdAt)
        => "{\"created_at\":" + createdAt + ",\"store_id\":\"1001\",\"producer\":\"stores/abc123\",\"scope\":\"store/order/created\",\"hash\":\"h\",\"data\":{\"type\":\"order\",\"id\":250}}";

    private Task<HttpResponseMessage> PostAsync(string body) => PostAsync(Encoding.UTF8.GetBytes(body));

    private async Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("webhooks/bigcommerce", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(BigCommerceWebhookReceiver.DefaultHeaderName, Secret);
        return await _http.SendAsync(request);
    }

    private sealed class ThrowingReceiver : IWebhookReceiver
    {
        public string Source => "boom";

        public int MaxBodyBytes => 1024;

        public TimeSpan? MaxAge => null;

        public WebhookReceipt Receive(WebhookDelivery delivery) => throw new IndexOutOfRangeException("a receiver bug");
    }

    internal sealed record LogEntry(string Category, LogLevel Level, string Message);

    private sealed class LogSink : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogEntry> _entries = new();

        public IReadOnlyCollection<LogEntry> Entries => _entries.ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception)));
        }
    }
}
