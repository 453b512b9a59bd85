using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// One version of a DAS resource (<c>DasResourceVersion</c> in OpenText's SDK; the records of OpenText's export packages
/// show every field): a communication, a communication set, a sample file and so on.
/// </summary>
public sealed class DesignResource
{
    /// <summary>The resource id (a UUID); for a communication, the <c>communicationId</c> of on-demand generation.</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>The version number.</summary>
    public int Version { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>The resource type.</summary>
    public ResourceType Type { get; set; }

    /// <summary>The workflow state of this version.</summary>
    public ResourceState State { get; set; }

    /// <summary>The comment of the last state change.</summary>
    public string? StateComment { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; set; }

    /// <summary>When it was created (DAS sends milliseconds since the epoch).</summary>
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? CreatedDate { get; set; }

    /// <summary>Who changed it last.</summary>
    public string? LastModifiedBy { get; set; }

    /// <summary>When it was changed last (DAS sends milliseconds since the epoch).</summary>
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? LastModifiedDate { get; set; }

    /// <summary>Whether it is locked for editing.</summary>
    public bool Locked { get; set; }

    /// <summary>Whether it is hidden.</summary>
    public bool Hidden { get; set; }

    /// <summary>Its categories (<c>categories</c> of a DAS record; empty in every record OpenText publishes, so kept as sent).</summary>
    public IReadOnlyList<JsonElement> Categories { get; set => field = value ?? []; } = [];

    /// <summary>Whether it has active revisions (<c>containsActiveRevisions</c> of a DAS record).</summary>
    public bool ContainsActiveRevisions { get; set; }

    /// <summary>Whether DAS tracks its revisions (<c>isTrackingRevisions</c> of a DAS record).</summary>
    public bool IsTrackingRevisions { get; set; }

    /// <summary>The type-specific metadata, e.g. <c>{"subtype":"driver"}</c> for a driver sample file.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; set; }

    /// <summary>The subtype from <see cref="Metadata"/> (<c>driver</c>, <c>empowerDriver</c>, …), if any.</summary>
    [JsonIgnore]
    public string? Subtype => Metadata is not null && Metadata.TryGetValue("subtype", out var subtype) && subtype.ValueKind == JsonValueKind.String ? subtype.GetString() : null;

    /// <summary>Fields the model does not name (<c>categories</c>, <c>isTrackingRevisions</c>, …), kept as the service sent them.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}
