using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Connectors.Core.Json;
using Connectors.Core.Webhooks;

namespace Connectors.BigCommerce;

/// <summary>
/// Receives BigCommerce webhook deliveries through Core's one receiver contract (<see cref="IWebhookReceiver{TEvent}"/>).
/// BigCommerce does not sign deliveries; it sends the custom headers of the hook. Register the hook with
/// <see cref="HookHeaders"/> and this class checks the shared secret (constant time) before reading the raw body.
/// </summary>
public sealed class BigCommerceWebhookReceiver : WebhookReceiver<BigCommerceWebhookEvent>
{
    /// <summary>The event source name hosts store deliveries under.</summary>
    public const string EventSource = "bigcommerce";

    /// <summary>The header that carries the shared secret unless another is given.</summary>
    public const string DefaultHeaderName = "X-Connectors-Webhook-Secret";

    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    private readonly byte[] _secretHash;

    /// <summary>Creates a receiver.</summary>
    /// <param name="secret">The shared secret (at least 16 characters).</param>
    /// <param name="headerName">The header carrying it.</param>
    /// <param name="maxBodyBytes">Larger bodies are refused. Default 1 MiB.</param>
    public BigCommerceWebhookReceiver(string secret, string headerName = DefaultHeaderName, int maxBodyBytes = 1024 * 1024)
        : base(BigCommerceClient.SystemName, EventSource, maxBodyBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        if (secret.Length < 16)
        {
            throw new ArgumentException("The webhook secret must be at least 16 characters.", nameof(secret));
        }

        _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        HeaderName = headerName;
        HookHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [headerName] = secret };
    }

    /// <summary>The header carrying the secret.</summary>
    public string HeaderName { get; }

    /// <summary>The headers to put on the hook (<see cref="WebhookRequest.Headers"/>).</summary>
    public IReadOnlyDictionary<string, string> HookHeaders { get; }

    /// <summary>Reads a payload without authenticating it (a stored delivery, or tests).</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="Core.ConnectorSerializationException">The body is not a webhook payload.</exception>
    public override BigCommerceWebhookEvent Read(ReadOnlySpan<byte> body)
    {
        var webhookEvent = ConnectorJson.Deserialize(body, BigCommerceJsonContext.Default.BigCommerceWebhookEvent, BigCommerceClient.SystemName, MaxBodyBytes);
        if (string.IsNullOrEmpty(webhookEvent.Scope) || webhookEvent.Data is null)
        {
            throw new Core.ConnectorSerializationException(BigCommerceClient.SystemName, "The webhook payload has no 'scope' or no 'data'.");
        }

        return webhookEvent;
    }

    /// <inheritdoc />
    protected override string? Authenticate(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var value = delivery.Header(HeaderName);
        return value is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(value)), _secretHash)
            ? null
            : $"Header '{HeaderName}' is missing or does not match the shared secret.";
    }

    /// <summary>
    /// The delivery's id is its <see cref="BigCommerceWebhookEvent.DeliveryKey"/> when the body carries store id,
    /// time and hash; otherwise a hash of the body, so a delivery missing them is never taken for another one.
    /// The subject is <c>{store hash}:{resource id}</c> (the order for order and shipment events).
    /// </summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="delivery">The delivery.</param>
    /// <returns>The facts, or <see langword="null"/> when <c>created_at</c> is not a time.</returns>
    protected override WebhookEventInfo? Describe(BigCommerceWebhookEvent webhookEvent, WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        ArgumentNullException.ThrowIfNull(delivery);
        if (webhookEvent.CreatedAt is < MinUnixSeconds or > MaxUnixSeconds)
        {
            return null;
        }

        var identified = !string.IsNullOrEmpty(webhookEvent.StoreId) && webhookEvent.CreatedAt > 0 && !string.IsNullOrEmpty(webhookEvent.Hash);
        var id = identified ? webhookEvent.DeliveryKey : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(delivery.Body.Span));
        var resourceId = webhookEvent.OrderId ?? webhookEvent.Data?.Id;
        return new WebhookEventInfo(id, webhookEvent.Scope ?? "unknown")
        {
            Subject = resourceId is null ? null : string.Create(CultureInfo.InvariantCulture, $"{webhookEvent.StoreHash}:{resourceId}"),
            OccurredAt = webhookEvent.CreatedAtTime,
        };
    }
}
