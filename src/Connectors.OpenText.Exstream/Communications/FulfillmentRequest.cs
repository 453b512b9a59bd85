namespace Connectors.OpenText.Exstream;

/// <summary>
/// Fulfils Empower documents through a fulfilment communication (published: <c>POST
/// orchestration/api/v1/inputs/fulfillment/ondemand/{domain}/fulfill</c>, body <c>{"documents":[ids]}</c>).
/// </summary>
public sealed class FulfillmentRequest
{
    /// <summary>The fulfilment communication's id; sent as the <c>communicationId</c> header.</summary>
    public required string CommunicationId { get; init; }

    /// <summary>The fulfilment communication set's driver data source (<c>prodDsn</c>); sent as the <c>driverDataSource</c> header.</summary>
    public required string DriverDataSource { get; init; }

    /// <summary>The Empower document ids to fulfil (from <see cref="CommunicationService.GenerateEmpowerDocumentAsync"/>); at least one.</summary>
    public required IReadOnlyList<string> DocumentIds { get; init; }

    /// <summary>
    /// Whether Empower keeps the documents after fulfilment (the <c>preserveDocuments</c> header). Default
    /// <see langword="false"/>, as OpenText recommends: "removes the documents from the Empower database. This prevents
    /// duplicate storage of documents." With <see langword="false"/> a fulfilment cannot be repeated, so it is never retried.
    /// </summary>
    public bool PreserveDocuments { get; init; }
}
