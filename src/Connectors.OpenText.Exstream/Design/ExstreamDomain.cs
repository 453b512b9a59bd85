using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>A DAS domain (<c>DasDomain</c> in OpenText's SDK): a group of design resources, e.g. development or production.</summary>
public sealed class ExstreamDomain
{
    /// <summary>The domain id, used in every domain path (the client's <see cref="ExstreamClientOptions.Domain"/>).</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>Whether the domain is meant for production output.</summary>
    public bool Production { get; set; }

    /// <summary>Whether job tracing is on.</summary>
    public bool JobTracing { get; set; }

    /// <summary>The approval workflow the domain uses (Standard, Simple or Advanced in OpenText's help).</summary>
    public string? Workflow { get; set; }

    /// <summary>Whether approval is restricted.</summary>
    public bool RestrictApproval { get; set; }

    /// <summary>The parent domain, if any.</summary>
    public string? Parent { get; set; }

    /// <summary>Fields the model does not name, kept as the service sent them.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}
