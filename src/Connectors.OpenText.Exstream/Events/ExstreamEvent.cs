using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Something that happened to a communication: a job completed or failed, or a delivery succeeded or failed.
/// Received through a callback (<see cref="ExstreamWebhookReceiver"/>) or polled (<see cref="DeliveryEventService"/>).
/// The shape is <b>assumed</b>: OpenText publishes no delivery events or callbacks (docs/api/exstream.md).
/// </summary>
public sealed class ExstreamEvent
{
    /// <summary>The event id; use it to drop duplicates.</summary>
    [JsonRequired]
    public string EventId { get; init; } = string.Empty;

    /// <summary>The position in the domain's event log; poll from the last one seen.</summary>
    [JsonRequired]
    public long Sequence { get; init; }

    /// <summary>The event type.</summary>
    [JsonRequired]
    public ExstreamEventType Type { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The domain.</summary>
    public string? Domain { get; init; }

    /// <summary>The job the event is about.</summary>
    public string? JobId { get; init; }

    /// <summary>The correlation id given when the job was submitted.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The communication (template) id.</summary>
    public string? CommunicationId { get; init; }

    /// <summary>The channel, when the event is about a delivery.</summary>
    public CommunicationChannel? Channel { get; init; }

    /// <summary>The recipient.</summary>
    public Recipient? Recipient { get; init; }

    /// <summary>Why a delivery or job failed.</summary>
    public EventReason? Reason { get; init; }
}

/// <summary>A failure reason.</summary>
public sealed class EventReason
{
    /// <summary>A code such as <c>bounced</c>, <c>invalid_address</c> or <c>returned_mail</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The message.</summary>
    public string? Message { get; init; }
}
