using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// The manifest of a communication set (<c>DasManifest</c> in OpenText's SDK, "not every property is included"): its data
/// sources (the driver's <c>prodDsn</c> is the <c>driverDataSource</c> of on-demand generation) and output queues.
/// </summary>
public sealed class CommunicationSetManifest
{
    /// <summary>The data sources (<c>dsnlist</c>); the first is the driver in OpenText's samples.</summary>
    [JsonPropertyName("dsnlist")]
    public IReadOnlyList<ManifestDataSource> DataSources { get; set; } = [];

    /// <summary>The output queues (<c>queueList</c>).</summary>
    [JsonPropertyName("queueList")]
    public IReadOnlyList<ManifestQueue> Queues { get; set; } = [];

    /// <summary>Whether a queue's driver is <c>Empower</c>: the communication makes Interactive documents (OpenText SDK <c>hasEmpowerOutput</c>).</summary>
    [JsonIgnore]
    public bool HasEmpowerOutput => Queues.Any(q => string.Equals(q.Driver, "Empower", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a queue's driver is <c>PDF</c> (OpenText SDK <c>hasPdfOutput</c>).</summary>
    [JsonIgnore]
    public bool HasPdfOutput => Queues.Any(q => string.Equals(q.Driver, "PDF", StringComparison.OrdinalIgnoreCase));

    /// <summary>Fields the model does not name, kept as the service sent them.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalData { get; internal set; }
}

/// <summary>A data source of a communication set (<c>DasDataSource</c> in OpenText's SDK).</summary>
public sealed class ManifestDataSource
{
    /// <summary>The data source's name.</summary>
    public string? Name { get; set; }

    /// <summary>The production data source name: the value of the <c>driverDataSource</c> header.</summary>
    public string? ProdDsn { get; set; }

    /// <summary>The data source resource's id.</summary>
    public string? ResourceId { get; set; }

    /// <summary>The data source's type.</summary>
    public string? Type { get; set; }
}

/// <summary>An output queue of a communication set (<c>DasQueue</c> in OpenText's SDK).</summary>
public sealed class ManifestQueue
{
    /// <summary>The output driver, e.g. <c>PDF</c> or <c>Empower</c>.</summary>
    public string? Driver { get; set; }

    /// <summary>The queue's name.</summary>
    public string? Name { get; set; }

    /// <summary>The production output file.</summary>
    public string? ProdFile { get; set; }

    /// <summary>The queue's use.</summary>
    public string? Use { get; set; }
}
