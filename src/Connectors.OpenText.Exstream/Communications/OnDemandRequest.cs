using System.Text.Json.Nodes;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// An on-demand document request (published: <c>POST orchestration/api/v1/inputs/ondemand/{domain}/generate</c>): the
/// communication, the driver data source its communication set names, the driver data, and for Empower (Interactive)
/// documents the Empower system user. <see cref="DesignService.DescribeCommunicationAsync"/> finds the driver data source.
/// </summary>
public sealed class OnDemandRequest
{
    /// <summary>The communication id (the DAS id of an <c>exstrapplication</c> resource); sent as the <c>communicationId</c> header.</summary>
    public required string CommunicationId { get; init; }

    /// <summary>The driver data source: the <c>prodDsn</c> of the communication set's manifest; sent as the <c>driverDataSource</c> header.</summary>
    public required string DriverDataSource { get; init; }

    /// <summary>The driver data, sent as the JSON body as it is.</summary>
    public required JsonNode Data { get; init; }

    /// <summary>
    /// The Empower (Interactive) user that imports the generated document, sent as the <c>empowerUser</c> header.
    /// OpenText's collection: "This should be a system account, not the account of the user making the request."
    /// </summary>
    public string? EmpowerUser { get; init; }
}
