using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// A DAS link (<c>DasLink</c> in OpenText's SDK): from a subject resource version to an object resource. A communication
/// links to its communication set, the set to its data sources and output queues, a data source to its sample file.
/// </summary>
public sealed class ResourceLink
{
    /// <summary>The subject (the resource that uses the object).</summary>
    [JsonRequired]
    public string LinkSubjectId { get; set; } = string.Empty;

    /// <summary>The subject's version.</summary>
    public int SubjectVersion { get; set; }

    /// <summary>The object (the resource used).</summary>
    [JsonRequired]
    public string LinkObjectId { get; set; } = string.Empty;

    /// <summary>The object's type.</summary>
    public ResourceType? TypeId { get; set; }

    /// <summary>Fields the model does not name, kept as the service sent them.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}
