using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Connectors.Emulators.TradingGrid;

/// <summary>
/// Delivers events to registered callbacks: one POST per event and webhook, body = the event JSON,
/// <c>X-TG-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body with the webhook secret&gt;</c>.
/// Up to three attempts per delivery; every attempt is recorded.
/// </summary>
internal sealed class EventDispatcher : IAsyncDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<TgEvent> _queue = Channel.CreateUnbounded<TgEvent>();
    private readonly ConcurrentDictionary<string, TgWebhook> _webhooks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TgDelivery> _deliveries = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public EventDispatcher() => _loop = Task.Run(RunAsync);

    public IReadOnlyCollection<TgWebhook> Webhooks => _webhooks.Values.ToArray();

    public IReadOnlyCollection<TgDelivery> Deliveries => _deliveries.ToArray();

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public void Add(TgWebhook webhook) => _webhooks[webhook.WebhookId] = webhook;

    public bool Remove(string webhookId) => _webhooks.TryRemove(webhookId, out _);

    public void Enqueue(TgEvent e) => _queue.Writer.TryWrite(e);

    public static string Sign(string secret, ReadOnlySpan<byte> body)
        => "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        await foreach (var e in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(e, Json);
            foreach (var webhook in _webhooks.Values.Where(w => w.EventTypes.Count == 0 || w.EventTypes.Contains(e.EventType)))
            {
                await DeliverAsync(webhook, e, body).ConfigureAwait(false);
            }
        }
    }

    private async Task DeliverAsync(TgWebhook webhook, TgEvent e, byte[] body)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var status = 0;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, webhook.CallbackUrl) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add("X-TG-Signature", Sign(webhook.Secret, body));
                request.Headers.Add("X-TG-Event-Id", e.EventId);
                request.Headers.Add("X-TG-Event-Type", e.EventType);
                request.Headers.Add("X-TG-Delivery-Attempt", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var response = await _http.SendAsync(request, _stop.Token).ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }
            catch (TaskCanceledException) when (!_stop.IsCancellationRequested)
            {
                status = 0;
            }

            _deliveries.Enqueue(new TgDelivery(webhook.WebhookId, e.EventId, status));
            if (status is >= 200 and < 300)
            {
                return;
            }

            await Task.Delay(RetryDelay, _stop.Token).ConfigureAwait(false);
        }
    }
}
