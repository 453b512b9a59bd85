using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Connectors.Emulators.BigCommerce;

/// <summary>
/// POSTs webhook payloads to the destinations of matching active hooks, with each hook's custom headers,
/// and retries failed deliveries on <see cref="BigCommerceEmulatorOptions.WebhookRetryDelays"/>.
/// </summary>
internal sealed class WebhookDispatcher : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<WebhookDelivery> _log = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http;
    private readonly BigCommerceEmulatorOptions _options;
    private readonly Task _worker;

    public WebhookDispatcher(BigCommerceEmulatorOptions options)
    {
        _options = options;
        _http = new HttpClient { Timeout = options.WebhookTimeout };
        _worker = Task.Run(RunAsync);
    }

    public IReadOnlyList<WebhookDelivery> Deliveries => _log.ToArray();

    /// <summary>Called under the store's lock: snapshots the matching hooks and queues one delivery each.</summary>
    public void Publish(BigCommerceStoreState store, string scope, JsonObject data)
    {
        var dataJson = data.ToJsonString();
        var payload = new JsonObject
        {
            ["scope"] = scope,
            ["store_id"] = store.StoreId,
            ["data"] = data,
            ["hash"] = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(dataJson))),
            ["created_at"] = store.Now.ToUnixTimeSeconds(),
            ["producer"] = "stores/" + store.StoreHash,
        };
        var body = payload.ToJsonString();
        foreach (var hook in store.Hooks.Where(h => h.IsActive && WebhookScopes.Matches(h.Scope, scope)))
        {
            _queue.Writer.TryWrite(new Pending(hook.Id, scope, new Uri(hook.Destination), new Dictionary<string, string>(hook.Headers), body, 1));
        }
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var pending in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                await DeliverAsync(pending).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private async Task DeliverAsync(Pending pending)
    {
        int? status = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, pending.Destination)
            {
                Content = new StringContent(pending.Body, Encoding.UTF8, "application/json"),
            };
            foreach (var (name, value) in pending.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            request.Headers.TryAddWithoutValidation("User-Agent", "BigCommerce-Emulator-Webhooks/1.0");
            using var response = await _http.SendAsync(request, _stop.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The destination is down: retried below.
        }
        catch (TaskCanceledException) when (!_stop.IsCancellationRequested)
        {
            // The destination timed out: retried below.
        }

        var ok = status is >= 200 and < 300;
        _log.Enqueue(new WebhookDelivery(pending.HookId, pending.Scope, pending.Destination, pending.Body, pending.Attempt, status, ok));
        if (!ok && pending.Attempt <= _options.WebhookRetryDelays.Count)
        {
            var delay = _options.WebhookRetryDelays[pending.Attempt - 1];
            _ = RetryLaterAsync(pending with { Attempt = pending.Attempt + 1 }, delay);
        }
    }

    private async Task RetryLaterAsync(Pending pending, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _stop.Token).ConfigureAwait(false);
            _queue.Writer.TryWrite(pending);
        }
        catch (OperationCanceledException)
        {
            // Disposed before the retry was due.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _queue.Writer.TryComplete();
        try
        {
            await _worker.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private sealed record Pending(int HookId, string Scope, Uri Destination, Dictionary<string, string> Headers, string Body, int Attempt);
}
