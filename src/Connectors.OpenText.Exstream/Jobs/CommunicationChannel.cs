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
