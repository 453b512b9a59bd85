using Connectors.Core;
using Connectors.Core.Json;
using Connectors.Core.Webhooks;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// Checks and reads Trading Grid event callbacks through Core's one receiver contract
/// (<see cref="IWebhookReceiver{TEvent}"/>). The signature header <c>X-TG-Signature</c> is
/// <c>sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c> — an <b>assumed</b> contract (OpenText publishes no
/// Trading Grid callback API, see docs/api/trading-grid.md). Several secrets may be given so a secret can be
/// rotated without losing deliveries.
/// </summary>
public sealed class TradingGridWebhookReceiver : SignedWebhookReceiver<TradingGridEvent>
{
    /// <summary>The event source name hosts store deliveries under.</summary>
    public const string EventSource = "tradinggrid";

    /// <summary>The header that carries the signature.</summary>
    public const string SignatureHeader = "X-TG-Signature";

    /// <summary>The header that carries the event id (for de-duplication before parsing).</summary>
    public const string EventIdHeader = "X-TG-Event-Id";

    /// <summary>Creates a receiver.</summary>
    /// <param name="secrets">The current secret and, during rotation, the previous one.</param>
    public TradingGridWebhookReceiver(params string[] secrets)
        : this(secrets, 1024 * 1024)
    {
    }

    /// <summary>Creates a receiver with a body limit.</summary>
    /// <param name="secrets">The current secret and, during rotation, the previous one.</param>
    /// <param name="maxBodyBytes">The largest body accepted.</param>
    public TradingGridWebhookReceiver(IReadOnlyCollection<string> secrets, int maxBodyBytes)
        : base(TradingGridClient.SystemName, EventSource, SignatureHeader, secrets, maxBodyBytes)
    {
    }

    /// <summary>Reads an event from a stored callback body or a polled payload, without checking a signature.</summary>
    /// <param name="body">The JSON event.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ConnectorSerializationException">The body is malformed, too large or misses required fields.</exception>
    public override TradingGridEvent Read(ReadOnlySpan<byte> body)
    {
        var e = ConnectorJson.Deserialize(body, TradingGridJsonContext.Default.TradingGridEvent, TradingGridClient.SystemName, MaxBodyBytes);
        if (string.IsNullOrWhiteSpace(e.EventId) || string.IsNullOrWhiteSpace(e.EventType.Value))
        {
            throw new ConnectorSerializationException(TradingGridClient.SystemName, "The Trading Grid event has no eventId or eventType.");
        }

        return e;
    }

    /// <summary>The event id and type; the thread, else the document, else the partner company as subject.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="delivery">The delivery.</param>
    /// <returns>The facts.</returns>
    protected override WebhookEventInfo? Describe(TradingGridEvent webhookEvent, WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return new WebhookEventInfo(webhookEvent.EventId, webhookEvent.EventType.Value)
        {
            Subject = webhookEvent.Data.ThreadId ?? webhookEvent.Data.DocumentId ?? webhookEvent.PartnerCompanyId,
            OccurredAt = webhookEvent.OccurredAt,
        };
    }
}
