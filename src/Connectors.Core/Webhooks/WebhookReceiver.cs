using System.Text.Unicode;

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
    public TimeSpan? MaxAge { get; init; }

    /// <summary>The clock <see cref="MaxAge"/> is measured on. Default the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

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

        // JSON travels as UTF-8; a body that is not would be stored altered (U+FFFD), no longer the bytes that were signed.
        if (!Utf8.IsValid(delivery.Body.Span))
        {
            return WebhookReceipt<TEvent>.Reject(System, WebhookRejectionKind.Malformed, "The body is not valid UTF-8.");
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

        if (Describe(webhookEvent, delivery) is not { } info)
        {
            return WebhookReceipt<TEvent>.Reject(System, WebhookRejectionKind.Malformed, "The event does not carry the fields that identify it.");
        }

        return MaxAge is { } maxAge && info.IsOlderThan(maxAge, Time.GetUtcNow())
            ? WebhookReceipt<TEvent>.Reject(System, WebhookRejectionKind.Expired, $"The event happened at {info.OccurredAt:O}, more than {maxAge} ago: a replay or a stale retry.")
            : WebhookReceipt<TEvent>.Accept(System, webhookEvent, info);
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
