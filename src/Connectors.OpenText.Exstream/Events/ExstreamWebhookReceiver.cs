using Connectors.Core;
using Connectors.Core.Json;
using Connectors.Core.Webhooks;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Authenticates and reads the events Exstream posts to a registered callback URL, through Core's one receiver
/// contract (<see cref="IWebhookReceiver{TEvent}"/>). The signature (<c>X-Exstream-Signature: sha256=&lt;hex
/// HMAC-SHA256 of the raw body&gt;</c>) is an <b>assumed</b> contract (OpenText publishes no callback API, see
/// docs/api/exstream.md); it is checked over the raw bytes in constant time against every configured secret, so
/// secrets can be rotated. No ASP.NET dependency: hand it a <see cref="WebhookDelivery"/>.
/// </summary>
public sealed class ExstreamWebhookReceiver : SignedWebhookReceiver<ExstreamEvent>
{
    /// <summary>The event source name hosts store deliveries under.</summary>
    public const string EventSource = "exstream";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Exstream-Signature";

    /// <summary>The event id header (also in the body), for dropping duplicates before parsing.</summary>
    public const string EventIdHeader = "X-Exstream-Event-Id";

    /// <summary>The delivery attempt header.</summary>
    public const string AttemptHeader = "X-Exstream-Delivery-Attempt";

    /// <summary>Creates a receiver that accepts events signed with any of <paramref name="secrets"/>.</summary>
    /// <param name="secrets">The current secret first, then older ones still accepted during a rotation.</param>
    public ExstreamWebhookReceiver(params IEnumerable<string> secrets)
        : this(secrets, 256 * 1024)
    {
    }

    /// <summary>Creates a receiver with a body limit.</summary>
    /// <param name="secrets">The current secret first, then older ones still accepted during a rotation.</param>
    /// <param name="maxBodyBytes">The largest body accepted.</param>
    public ExstreamWebhookReceiver(IEnumerable<string> secrets, int maxBodyBytes)
        : base(ExstreamClient.SystemName, EventSource, SignatureHeader, secrets, maxBodyBytes)
    {
    }

    /// <summary>Reads an event body that is already trusted (a stored callback, or one fetched from the poll endpoint).</summary>
    /// <param name="body">The JSON body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ConnectorSerializationException">The body is not JSON or misses a required field.</exception>
    public override ExstreamEvent Read(ReadOnlySpan<byte> body)
        => ConnectorJson.Deserialize(body, ExstreamJsonContext.Default.ExstreamEvent, ExstreamClient.SystemName, MaxBodyBytes);

    /// <summary>The event id, its type, the job as subject, its time and correlation id.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="delivery">The delivery.</param>
    /// <returns>The facts, or <see langword="null"/> without an event id or type.</returns>
    protected override WebhookEventInfo? Describe(ExstreamEvent webhookEvent, WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return string.IsNullOrWhiteSpace(webhookEvent.EventId) || string.IsNullOrWhiteSpace(webhookEvent.Type.Value)
            ? null
            : new WebhookEventInfo(webhookEvent.EventId, webhookEvent.Type.Value)
            {
                Subject = webhookEvent.JobId,
                OccurredAt = webhookEvent.OccurredAt,
                CorrelationId = webhookEvent.CorrelationId,
            };
    }
}
