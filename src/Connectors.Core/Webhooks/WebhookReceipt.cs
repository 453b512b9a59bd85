using System.Diagnostics.CodeAnalysis;

namespace Connectors.Core.Webhooks;

/// <summary>The outcome of <see cref="IWebhookReceiver.Receive"/>: an accepted event's facts, or why it was refused.</summary>
public class WebhookReceipt
{
    /// <summary>Creates a receipt; use <see cref="WebhookReceipt{TEvent}"/>'s factories.</summary>
    /// <param name="system">The system the delivery came from, e.g. <c>BigCommerce</c>.</param>
    /// <param name="info">The accepted event's facts, or <see langword="null"/>.</param>
    /// <param name="rejection">Why it was refused, or <see langword="null"/>.</param>
    protected WebhookReceipt(string system, WebhookEventInfo? info, WebhookRejection? rejection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        if ((info is null) == (rejection is null))
        {
            throw new ArgumentException("A receipt is either accepted (info) or refused (rejection).");
        }

        System = system;
        Info = info;
        Rejection = rejection;
    }

    /// <summary>The system the delivery came from (errors carry it).</summary>
    public string System { get; }

    /// <summary>Whether the delivery was authentic and readable.</summary>
    [MemberNotNullWhen(true, nameof(Info))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool Accepted => Info is not null;

    /// <summary>The accepted event's facts; <see langword="null"/> when refused.</summary>
    public WebhookEventInfo? Info { get; }

    /// <summary>Why the delivery was refused; <see langword="null"/> when accepted.</summary>
    public WebhookRejection? Rejection { get; }
}

/// <summary>The outcome of <see cref="IWebhookReceiver{TEvent}.Receive"/>, with the typed event when accepted.</summary>
/// <typeparam name="TEvent">The system's event type.</typeparam>
public sealed class WebhookReceipt<TEvent> : WebhookReceipt
    where TEvent : class
{
    private WebhookReceipt(string system, TEvent? webhookEvent, WebhookEventInfo? info, WebhookRejection? rejection)
        : base(system, info, rejection)
    {
        Event = webhookEvent;
    }

    /// <summary>The event; <see langword="null"/> when refused.</summary>
    public TEvent? Event { get; }

    /// <summary>An accepted delivery.</summary>
    /// <param name="system">The system the delivery came from.</param>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="info">Its facts.</param>
    /// <returns>The receipt.</returns>
    public static WebhookReceipt<TEvent> Accept(string system, TEvent webhookEvent, WebhookEventInfo info)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        ArgumentNullException.ThrowIfNull(info);
        return new(system, webhookEvent, info, null);
    }

    /// <summary>A refused delivery.</summary>
    /// <param name="system">The system the delivery claimed to come from.</param>
    /// <param name="kind">The kind of refusal.</param>
    /// <param name="reason">Why, in words safe to log and answer.</param>
    /// <returns>The receipt.</returns>
    public static WebhookReceipt<TEvent> Reject(string system, WebhookRejectionKind kind, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(system, null, null, new WebhookRejection(kind, reason));
    }

    /// <summary>The event, or the refusal as a typed exception, for hosts that prefer exceptions.</summary>
    /// <returns>The event.</returns>
    /// <exception cref="ConnectorAuthenticationException">The delivery was not authentic.</exception>
    /// <exception cref="ConnectorSerializationException">The delivery was too large, malformed or expired.</exception>
    public TEvent EnsureAccepted()
    {
        var system = System;
        if (Event is not null)
        {
            return Event;
        }

        var rejection = Rejection!;
        throw rejection.Kind == WebhookRejectionKind.Unauthenticated
            ? new ConnectorAuthenticationException(system, rejection.Reason, AuthenticationFailureReason.InvalidCredentials) { Status = 401 }
            : new ConnectorSerializationException(system, rejection.Reason);
    }
}
