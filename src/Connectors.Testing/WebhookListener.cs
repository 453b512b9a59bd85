using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Connectors.Core.Webhooks;
using Connectors.Scenarios.Events;

namespace Connectors.Testing;

/// <summary>
/// A loopback callback URL for tests: receives an emulator's real signed deliveries, lets a receiver
/// (<see cref="IWebhookReceiver"/>) authenticate and read them, and turns each into the envelope an inbound
/// endpoint would store (<see cref="EventEnvelope.FromWebhook"/>). Tests decide when to submit a delivery, so a
/// webhook never races its poll twin. Answers 200 to accepted deliveries, 401/400/413 to refused ones.
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<EventEnvelope>> _deliveries = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private IWebhookReceiver? _receiver;

    private WebhookListener(string path)
    {
        Url = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/{path.Trim('/')}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = ReceiveAsync();
    }

    /// <summary>The callback URL to register with the emulator.</summary>
    public Uri Url { get; }

    /// <summary>The receiver that checks deliveries; set it once the emulator has issued the secret. Until then every delivery gets 503.</summary>
    public IWebhookReceiver? Receiver
    {
        get => Volatile.Read(ref _receiver);
        set => Volatile.Write(ref _receiver, value);
    }

    /// <summary>Starts listening on a free loopback port.</summary>
    /// <param name="path">The URL path, e.g. <c>tradinggrid</c>.</param>
    /// <returns>The listener.</returns>
    public static WebhookListener Start(string path = "webhooks") => new(path);

    /// <summary>Waits until the delivery of the event <paramref name="eventId"/> has been accepted.</summary>
    /// <param name="eventId">The event id (the receipt's id).</param>
    /// <param name="timeout">How long to wait; 20 s when not given.</param>
    /// <returns>The envelope.</returns>
    public Task<EventEnvelope> DeliveryOfAsync(string eventId, TimeSpan? timeout = null)
        => Slot(eventId).Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop.ConfigureAwait(false);
        _listener.Close();
    }

    private async Task ReceiveAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
            var raw = body.ToArray();
            var request = context.Request;
            context.Response.StatusCode = Receive(raw, request);
            context.Response.Close();
        }
    }

    private int Receive(byte[] raw, HttpListenerRequest request)
    {
        if (Receiver is not { } receiver)
        {
            return 503;
        }

        var receipt = receiver.Receive(new WebhookDelivery(raw, name => request.Headers[name]));
        if (!receipt.Accepted)
        {
            return receipt.Rejection.Kind switch
            {
                WebhookRejectionKind.Unauthenticated => 401,
                WebhookRejectionKind.TooLarge => 413,
                _ => 400,
            };
        }

        Slot(receipt.Info.Id).TrySetResult(EventEnvelope.FromWebhook(receiver, receipt, raw));
        return 200;
    }

    private TaskCompletionSource<EventEnvelope> Slot(string eventId)
        => _deliveries.GetOrAdd(eventId, _ => new TaskCompletionSource<EventEnvelope>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
