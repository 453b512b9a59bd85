namespace Connectors.Core.Webhooks;

/// <summary>
/// What any host needs of a received event, whatever the system: the id that identifies the delivery (dedupe key),
/// its type, the entity it is about (the ordering key) and when it happened.
/// </summary>
/// <param name="Id">Identifies the delivery; two deliveries of one event share it, two different events never do.</param>
/// <param name="Type">The event type, e.g. <c>store/order/statusUpdated</c> or <c>delivery.failed</c>.</param>
public sealed record WebhookEventInfo(string Id, string Type)
{
    /// <summary>The entity the event is about (order, job, thread, process instance); events of one subject are processed in order.</summary>
    public string? Subject { get; init; }

    /// <summary>When the event happened, if the body says.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>A correlation id the sender carried, if any.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Whether the event happened more than <paramref name="maxAge"/> before <paramref name="now"/> (never when its time is unknown).</summary>
    /// <param name="maxAge">The window.</param>
    /// <param name="now">The current time.</param>
    /// <returns>Whether it is too old.</returns>
    public bool IsOlderThan(TimeSpan maxAge, DateTimeOffset now) => OccurredAt is { } at && now - at > maxAge;
}
