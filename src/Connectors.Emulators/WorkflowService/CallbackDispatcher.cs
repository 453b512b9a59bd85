using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Emulators.WorkflowService;

/// <summary>
/// Posts events to the registered callback URLs, signed with HMAC-SHA256 over the raw body.
/// Delivery happens before the API call that raised the event returns, so tests see it at once.
/// </summary>
internal sealed class CallbackDispatcher(Func<HttpMessageHandler> handler)
{
    public const string SignatureHeader = "X-Workflow-Signature";
    public const string EventIdHeader = "X-Workflow-Event-Id";
    public const string EventTypeHeader = "X-Workflow-Event-Type";

    public ConcurrentQueue<CallbackDelivery> Deliveries { get; } = new();

    public static string Sign(string secret, byte[] body)
        => "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();

    public async Task DispatchAsync(IReadOnlyList<EventSubscription> subscriptions, IReadOnlyList<WorkflowEvent> events)
    {
        if (events.Count == 0 || subscriptions.Count == 0)
        {
            return;
        }

        using var client = new HttpClient(handler(), disposeHandler: false) { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var raised in events)
        {
            var body = Encoding.UTF8.GetBytes(WorkflowJson.Event(raised).ToJsonString());
            foreach (var subscription in subscriptions.Where(s => s.EventTypes.Count == 0 || s.EventTypes.Contains(raised.Type)))
            {
                await DeliverAsync(client, subscription, raised, body).ConfigureAwait(false);
            }
        }
    }

    private async Task DeliverAsync(HttpClient client, EventSubscription subscription, WorkflowEvent raised, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.CallbackUrl)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(SignatureHeader, Sign(subscription.Secret, body));
        request.Headers.Add(EventIdHeader, raised.Id);
        request.Headers.Add(EventTypeHeader, raised.Type);
        try
        {
            using var response = await client.SendAsync(request).ConfigureAwait(false);
            Deliveries.Enqueue(new CallbackDelivery(subscription.Id, raised.Id, (int)response.StatusCode, null));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // A failing receiver must not fail the API call; the poll twin (/events) catches up.
            Deliveries.Enqueue(new CallbackDelivery(subscription.Id, raised.Id, null, ex.Message));
        }
    }
}
