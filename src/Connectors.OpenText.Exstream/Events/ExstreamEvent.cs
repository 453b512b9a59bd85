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
    public string EventId { get; set; } = string.Empty;

    /// <summary>The position in the domain's event log; poll from the last one seen.</summary>
    [JsonRequired]
    public long Sequence { get; set; }

    /// <summary>The event type.</summary>
    [JsonRequired]
    public ExstreamEventType Type { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? OccurredAt { get; set; }

    /// <summary>The domain.</summary>
    public string? Domain { get; set; }

    /// <summary>The job the event is about.</summary>
    public string? JobId { get; set; }

    /// <summary>The correlation id given when the job was submitted.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The communication (template) id.</summary>
    public string? CommunicationId { get; set; }

    /// <summary>The channel, when the event is about a delivery.</summary>
    public CommunicationChannel? Channel { get; set; }

    /// <summary>The recipient.</summary>
    public Recipient? Recipient { get; set; }

    /// <summary>Why a delivery or job failed.</summary>
    public EventReason? Reason { get; set; }
}

/// <summary>A failure reason.</summary>
public sealed class EventReason
{
    /// <summary>A code such as <c>bounced</c>, <c>invalid_address</c> or <c>returned_mail</c>.</summary>
    public string? Code { get; set; }

    /// <summary>The message.</summary>
    public string? Message { get; set; }
}
