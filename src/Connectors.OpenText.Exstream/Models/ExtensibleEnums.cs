using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.Exstream;

/// <summary>The channel a communication goes out on. Unknown values from the service are kept.</summary>
/// <param name="Value">The wire value, e.g. <c>email</c>.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<CommunicationChannel>))]
public readonly record struct CommunicationChannel(string Value) : IExtensibleEnum<CommunicationChannel>
{
    /// <summary>Printed and mailed.</summary>
    public static CommunicationChannel Print { get; } = new("print");

    /// <summary>Sent by email.</summary>
    public static CommunicationChannel Email { get; } = new("email");

    /// <summary>Sent as a text message.</summary>
    public static CommunicationChannel Sms { get; } = new("sms");

    /// <summary>Rendered to PDF and archived only; no delivery.</summary>
    public static CommunicationChannel Archive { get; } = new("archive");

    /// <inheritdoc />
    public static CommunicationChannel Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The state of a communication job. Unknown values from the service are kept.</summary>
/// <param name="Value">The wire value, e.g. <c>processing</c>.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<JobState>))]
public readonly record struct JobState(string Value) : IExtensibleEnum<JobState>
{
    /// <summary>Accepted, waiting for an engine.</summary>
    public static JobState Queued { get; } = new("queued");

    /// <summary>Being composed.</summary>
    public static JobState Processing { get; } = new("processing");

    /// <summary>Done; outputs can be downloaded.</summary>
    public static JobState Completed { get; } = new("completed");

    /// <summary>The engine failed; see <see cref="CommunicationJob.Error"/>.</summary>
    public static JobState Failed { get; } = new("failed");

    /// <summary>Cancelled before it finished.</summary>
    public static JobState Cancelled { get; } = new("cancelled");

    /// <summary>Whether the job will not change any more.</summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Cancelled;

    /// <inheritdoc />
    public static JobState Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The type of an Exstream event. Unknown values from the service are kept.</summary>
/// <param name="Value">The wire value, e.g. <c>delivery.failed</c>.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<ExstreamEventType>))]
public readonly record struct ExstreamEventType(string Value) : IExtensibleEnum<ExstreamEventType>
{
    /// <summary>A job completed; its outputs are ready.</summary>
    public static ExstreamEventType JobCompleted { get; } = new("job.completed");

    /// <summary>A job failed.</summary>
    public static ExstreamEventType JobFailed { get; } = new("job.failed");

    /// <summary>The communication reached the recipient.</summary>
    public static ExstreamEventType Delivered { get; } = new("delivery.delivered");

    /// <summary>Delivery failed (for example a bounced email); see <see cref="ExstreamEvent.Reason"/>.</summary>
    public static ExstreamEventType DeliveryFailed { get; } = new("delivery.failed");

    /// <summary>The recipient's address is not valid.</summary>
    public static ExstreamEventType InvalidAddress { get; } = new("delivery.invalid_address");

    /// <summary>A printed letter came back.</summary>
    public static ExstreamEventType ReturnedMail { get; } = new("delivery.returned_mail");

    /// <summary>Whether this is one of the delivery failures (failed, invalid address, returned mail).</summary>
    public bool IsDeliveryFailure => this == DeliveryFailed || this == InvalidAddress || this == ReturnedMail;

    /// <inheritdoc />
    public static ExstreamEventType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
