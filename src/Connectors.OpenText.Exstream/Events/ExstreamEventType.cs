using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.Exstream;

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
