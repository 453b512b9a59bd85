using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// The type of a DAS resource (<c>ResourceType</c> in OpenText's SDK lists 43). The ones an integration needs are named
/// here; any other value is kept as the service spells it (<c>new ResourceType("exstrparagraph")</c>).
/// </summary>
/// <param name="Value">The wire value, e.g. <c>exstrapplication</c>.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<ResourceType>))]
public readonly record struct ResourceType(string Value) : IExtensibleEnum<ResourceType>
{
    /// <summary>A communication (<c>exstrapplication</c>): what on-demand generation names in <c>communicationId</c>.</summary>
    public static ResourceType Communication { get; } = new("exstrapplication");

    /// <summary>A communication set (<c>exstrcommunicationset</c>): its manifest names the driver data source and output queues.</summary>
    public static ResourceType CommunicationSet { get; } = new("exstrcommunicationset");

    /// <summary>A sample file (<c>samplefile</c>); driver files have the subtype <c>driver</c>.</summary>
    public static ResourceType SampleFile { get; } = new("samplefile");

    /// <summary>A data source (<c>exstrdatasource</c>).</summary>
    public static ResourceType DataSource { get; } = new("exstrdatasource");

    /// <summary>An output queue (<c>exstroutputqueue</c>).</summary>
    public static ResourceType OutputQueue { get; } = new("exstroutputqueue");

    /// <summary>An output (<c>exstroutput</c>): PDF, Empower, HTML and so on.</summary>
    public static ResourceType Output { get; } = new("exstroutput");

    /// <summary>A document (<c>exstrdocument</c>).</summary>
    public static ResourceType Document { get; } = new("exstrdocument");

    /// <summary>A versioned template (<c>versionedtemplate</c>).</summary>
    public static ResourceType VersionedTemplate { get; } = new("versionedtemplate");

    /// <inheritdoc />
    public static ResourceType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
