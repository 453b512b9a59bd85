namespace Connectors.Core.Webhooks;

/// <summary>
/// The one contract of every system's webhook/event receiver: authenticate a delivery (signature or shared secret,
/// compared in constant time), read its event, and say why not. Never throws for bad input: a refusal is a
/// <see cref="WebhookReceipt"/> with a <see cref="WebhookRejection"/>. Hosts (for example
/// <c>MapConnectorsWebhooks</c> in Connectors.AspNetCore) use this non-generic view.
/// </summary>
public interface IWebhookReceiver
{
    /// <summary>The event source name, e.g. <c>bigcommerce</c>: the envelope source scenario triggers match and the endpoint's path segment.</summary>
    string Source { get; }

    /// <summary>The largest body accepted; larger deliveries are refused as <see cref="WebhookRejectionKind.TooLarge"/>.</summary>
    int MaxBodyBytes { get; }

    /// <summary>
    /// Deliveries whose event happened longer ago than this are refused as <see cref="WebhookRejectionKind.Expired"/>
    /// (replays, stale retries); <see langword="null"/> leaves the window to the host (the inbound endpoints then use the
    /// scenario inbox's retention, so a delivery is either deduplicated or refused, never processed twice).
    /// </summary>
    TimeSpan? MaxAge { get; }

    /// <summary>Authenticates and reads a delivery.</summary>
    /// <param name="delivery">The delivery.</param>
    /// <returns>The accepted event's facts, or why it was refused.</returns>
    WebhookReceipt Receive(WebhookDelivery delivery);
}

/// <summary>A receiver of one system's events, with the typed event.</summary>
/// <typeparam name="TEvent">The system's event type.</typeparam>
public interface IWebhookReceiver<TEvent> : IWebhookReceiver
    where TEvent : class
{
    /// <summary>Authenticates and reads a delivery.</summary>
    /// <param name="delivery">The delivery.</param>
    /// <returns>The event and its facts, or why it was refused.</returns>
    new WebhookReceipt<TEvent> Receive(WebhookDelivery delivery);

    /// <summary>Reads an already trusted body (a payload stored after <see cref="Receive"/>, or a polled one) without authenticating it.</summary>
    /// <param name="body">The JSON body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ConnectorSerializationException">The body is too large, not JSON or misses a required field.</exception>
    TEvent Read(ReadOnlySpan<byte> body);
}
