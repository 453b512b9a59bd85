namespace Connectors.Core.Webhooks;

/// <summary>
/// The shared flow of every receiver: refuse a body over <see cref="MaxBodyBytes"/>, authenticate, read, describe.
/// A system's receiver supplies the three system-specific parts.
/// </summary>
/// <typeparam name="TEvent">The system's event type.</typeparam>
public abstract class WebhookReceiver<TEvent> : IWebhookReceiver<TEvent>
    where TEvent : class
{
    /// <summary>Creates a receiver.</summary>
    /// <param name="system">The system name errors carry, e.g. <c>BigCommerce</c>.</param>
    /// <param name="source">The event source name, e.g. <c>bigcommerce</c>.</param>
    /// <param name="maxBodyBytes">The largest body accepted.</param>
    protected WebhookReceiver(string system, string source, int maxBodyBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBodyBytes);
        System = system;
        Source = source;
        MaxBodyBytes = maxBodyBytes;
    }

    /// <summary>The system name errors carry.</summary>
    public string System { get; }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public int MaxBodyBytes { get; }

    /// <inheritdoc />
    public WebhookReceipt<TEvent> Receive(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Body.Length > MaxBodyBytes)
        {
            return WebhookReceipt<TEvent>.Reject(System, WebhookRejectionKind.TooLarge, $"The body ({delivery.Body.Length} bytes) exceeds the limit of {MaxBodyBytes} bytes.");
        }

        if (Authenticate(delivery) is { } refusal)
        {
            return WebhookReceipt<TEvent>.Reject(System, WebhookRejectionKind.Unauthenticated, refusal);
        }

        TEvent webhookEvent;
        try
        {
            webhookEvent = Read(delivery.Body.Span);
        }
        catch (ConnectorSerializationException ex)
        {
            return WebhookReceipt<TEvent>.Reject(System, WebhookRejectionKind.Malformed, ex.Message);
        }

        return Describe(webhookEvent, delivery) is { } info
            ? WebhookReceipt<TEvent>.Accept(System, webhookEvent, info)
            : WebhookReceipt<TEvent>.Reject(System, WebhookRejectionKind.Malformed, "The event does not carry the fields that identify it.");
    }

    WebhookReceipt IWebhookReceiver.Receive(WebhookDelivery delivery) => Receive(delivery);

    /// <inheritdoc />
    public abstract TEvent Read(ReadOnlySpan<byte> body);

    /// <summary>Checks the delivery's signature or secret (in constant time).</summary>
    /// <param name="delivery">The delivery.</param>
    /// <returns><see langword="null"/> when authentic; otherwise why not (never the secret).</returns>
    protected abstract string? Authenticate(WebhookDelivery delivery);

    /// <summary>The facts a host needs of an event read from <paramref name="delivery"/>.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="delivery">The delivery it came in.</param>
    /// <returns>The facts, or <see langword="null"/> when the event cannot be identified (refused as malformed).</returns>
    protected abstract WebhookEventInfo? Describe(TEvent webhookEvent, WebhookDelivery delivery);
}
