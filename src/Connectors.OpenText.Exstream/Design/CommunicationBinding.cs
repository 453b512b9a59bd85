namespace Connectors.OpenText.Exstream;

/// <summary>
/// What on-demand generation needs to know about a communication, found through the design API as OpenText's README
/// describes it: the communication's set (a link of type <c>exstrcommunicationset</c>) and that set's manifest, whose
/// first data source's <c>prodDsn</c> is the <c>driverDataSource</c>.
/// </summary>
/// <param name="CommunicationId">The communication.</param>
/// <param name="CommunicationSetId">Its communication set.</param>
/// <param name="Manifest">The set's manifest (data sources and output queues).</param>
public sealed record CommunicationBinding(string CommunicationId, string CommunicationSetId, CommunicationSetManifest Manifest)
{
    /// <summary>The driver data source to send as <c>driverDataSource</c> (the first data source's <c>prodDsn</c>), if the manifest names one.</summary>
    public string? DriverDataSource => Manifest.DataSources.Select(d => d.ProdDsn).FirstOrDefault(d => !string.IsNullOrEmpty(d));

    /// <summary>Whether the communication makes Empower (Interactive) documents: generate them with an <c>empowerUser</c>.</summary>
    public bool HasEmpowerOutput => Manifest.HasEmpowerOutput;
}
