using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Connectors.Core;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Recipes.Tests.PartnerCases;

/// <summary>
/// A loopback callback URL registered with the Trading Grid emulator. It receives the emulator's real signed deliveries,
/// verifies them with the client's receiver and turns each into the envelope the ASP.NET Core endpoint
/// (<c>MapConnectorsWebhooks</c>) stores: the event's id and type, its thread or document as subject, the raw body as payload.
/// Tests decide when to submit a delivery, so a webhook never races the poll twin.
/// </summary>
internal sealed class TradingGridCallbacks : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<EventEnvelope>> _deliveries = new(StringComparer.Ordinal);
    private TradingGridWebhookReceiver? _receiver;
    private Task _loop = Task.CompletedTask;

    private TradingGridCallbacks()
    {
    }

    /// <summary>Starts listening on loopback and registers the URL with the emulator for every event type.</summary>
    public static async Task<TradingGridCallbacks> RegisterAsync(RecipeHost host)
    {
        var callbacks = new TradingGridCallbacks();
        var url = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/tradinggrid/");
        callbacks._listener.Prefixes.Add(url.ToString());
        callbacks._listener.Start();
        var registration = (await host.Get<TradingGridClient>().Events.RegisterWebhookAsync(url)).Value;
        callbacks._receiver = new TradingGridWebhookReceiver(registration.Secret!);
        callbacks._loop = callbacks.ReceiveAsync();
        return callbacks;
    }

    /// <summary>Waits (at most 20 s) until the emulator has delivered the event <paramref name="eventId"/>.</summary>
    public Task<EventEnvelope> DeliveryOfAsync(string eventId) => Slot(eventId).Task.WaitAsync(TimeSpan.FromSeconds(20));

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        _listener.Close();
    }

    private async Task ReceiveAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return; // stopped
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var raw = body.ToArray();
            try
            {
                var e = _receiver!.VerifyAndRead(raw, context.Request.Headers[TradingGridWebhookReceiver.SignatureHeader]);
                Slot(e.EventId).TrySetResult(new EventEnvelope(e.EventId, "tradinggrid", e.EventType.Value, Encoding.UTF8.GetString(raw))
                {
                    Subject = e.Data.ThreadId ?? e.Data.DocumentId ?? e.PartnerCompanyId,
                    OccurredAt = e.OccurredAt,
                });
                context.Response.StatusCode = 200;
            }
            catch (ConnectorException)
            {
                context.Response.StatusCode = 400;
            }

            context.Response.Close();
        }
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
