namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// The Exstream routes OpenText publishes, relative to the Core Communications URL, each with the material that shows
/// it (docs/api/exstream.md). [C] = the "Communication" Postman collection of opentext/ocp-communication;
/// [SDK] = the Java Communications SDK in the same repository (<c>OrchestrationUriBuilder</c>, <c>DasUriBuilder</c>).
/// The guesses live in <see cref="AssumedRoutes"/>, nowhere else.
/// </summary>
internal static class ExstreamRoutes
{
    private const string Orchestration = "orchestration/api/v1";
    private const string Design = "design/api/v1";

    /// <summary>
    /// [C] "Generate output using Orchestration - Full response | - PDF only", "Generate Empower document using
    /// Orchestration - Full response | - Document ID only"; [SDK] <c>buildOnDemandGenerateUri</c>: <c>POST</c> with the
    /// headers <c>communicationId</c>, <c>driverDataSource</c>, optional <c>empowerUser</c>; body = driver data.
    /// </summary>
    public static string OnDemandGenerate(string domain) => $"{Orchestration}/inputs/ondemand/{E(domain)}/generate";

    /// <summary>
    /// [C] "Fulfill Empower output using Orchestration - Full response | - PDF only"; [SDK] <c>buildOnDemandFulfillmentUri</c>:
    /// <c>POST</c> with <c>communicationId</c>, <c>driverDataSource</c>, <c>preserveDocuments</c>; body <c>{"documents":[ids]}</c>.
    /// </summary>
    public static string OnDemandFulfill(string domain) => $"{Orchestration}/inputs/fulfillment/ondemand/{E(domain)}/fulfill";

    /// <summary>[C] "Get a list of domains from DAS"; [SDK] <c>buildDomainsUri</c>: <c>GET</c>, no query.</summary>
    public const string Domains = $"{Design}/domains";

    /// <summary>
    /// [C] "Get a list of communications from DAS", "Get a list of resources from DAS"; [SDK] <c>buildResourcesUri</c>:
    /// <c>GET</c> with <c>filter.types</c>, <c>filter.states</c>, <c>filter.latestVersion</c>, <c>count</c>, <c>offset</c> (a 0-based page index).
    /// </summary>
    public static string Resources(string domain) => $"{Design}/resources/{E(domain)}";

    /// <summary>
    /// [C] "Get the communication set id using the communication id"; [SDK] <c>buildLinksUri</c>: <c>GET</c> with
    /// <c>linkSubjectId</c>, <c>linkDepth</c>, <c>filter.types</c> (the SDK adds <c>linkSubjectVersion</c> and <c>filter.states</c>).
    /// </summary>
    public static string Links(string domain) => $"{Design}/links/{E(domain)}";

    /// <summary>
    /// [C] "Get a list of communications associated with a sample file"; [SDK] <c>buildRecursiveLinksUri</c>: <c>GET</c> with
    /// <c>linkObjectId</c>, <c>linkDepth</c>, <c>rfilter.types</c>, <c>rfilter.states</c>, <c>offset</c>, <c>count</c>, <c>fetchApproval</c>.
    /// </summary>
    public static string LinkedResources(string domain) => $"{Links(domain)}/resources";

    /// <summary>
    /// [C] "Get the driver name for a communication set from DAS"; [SDK] <c>buildManifestsForCommunicationSetsUri</c>:
    /// <c>GET</c>; the answer is the manifest itself (<c>dsnlist</c>, <c>queueList</c>), not an envelope.
    /// </summary>
    public static string CommunicationSetManifest(string domain, string communicationSetId) => $"{Design}/manifests/{E(domain)}/communication-set/{E(communicationSetId)}";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
