namespace Connectors.OpenText.TradingGrid;

/// <summary>A registered event callback.</summary>
public sealed class WebhookRegistration
{
    /// <summary>The registration id.</summary>
    public required string WebhookId { get; set; }

    /// <summary>Where events are delivered.</summary>
    public required Uri CallbackUrl { get; set; }

    /// <summary>The event types delivered; empty for all.</summary>
    public IReadOnlyList<TradingGridEventType> EventTypes { get; init => field = value ?? []; } = [];

    /// <summary>
    /// The signing secret, returned only when the callback is registered. Keep it in a secret store and give it to
    /// <see cref="TradingGridWebhookReceiver"/>.
    /// </summary>
    public string? Secret { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{WebhookId} → {CallbackUrl}";
}
