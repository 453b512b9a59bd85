namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Every Exstream path, relative to the Core Communications URL. Each is marked documented (OpenText's
/// published Postman collection / SDK) or assumed (our convention-following guess); see docs/api/exstream.md.
/// </summary>
internal static class ExstreamRoutes
{
    private const string Orchestration = "orchestration/api/v1";

    /// <summary>Documented: <c>POST orchestration/api/v1/inputs/ondemand/{domain}/generate</c>.</summary>
    public static string OnDemandGenerate(string domain) => $"{Orchestration}/inputs/ondemand/{E(domain)}/generate";

    /// <summary>Assumed: <c>POST|GET orchestration/api/v1/jobs/{domain}</c>.</summary>
    public static string Jobs(string domain) => $"{Orchestration}/jobs/{E(domain)}";

    /// <summary>Assumed: <c>GET orchestration/api/v1/jobs/{domain}/{jobId}</c>.</summary>
    public static string Job(string domain, string jobId) => $"{Jobs(domain)}/{E(jobId)}";

    /// <summary>Assumed: <c>GET orchestration/api/v1/jobs/{domain}/{jobId}/outputs</c>.</summary>
    public static string JobOutputs(string domain, string jobId) => $"{Job(domain, jobId)}/outputs";

    /// <summary>Assumed: <c>GET orchestration/api/v1/jobs/{domain}/{jobId}/outputs/{outputId}/content</c>.</summary>
    public static string OutputContent(string domain, string jobId, string outputId) => $"{JobOutputs(domain, jobId)}/{E(outputId)}/content";

    /// <summary>Assumed: <c>GET orchestration/api/v1/deliveryevents/{domain}</c>.</summary>
    public static string DeliveryEvents(string domain) => $"{Orchestration}/deliveryevents/{E(domain)}";

    /// <summary>Assumed: <c>POST|GET orchestration/api/v1/callbacks/{domain}</c>.</summary>
    public static string Callbacks(string domain) => $"{Orchestration}/callbacks/{E(domain)}";

    /// <summary>Assumed: <c>DELETE orchestration/api/v1/callbacks/{domain}/{id}</c>.</summary>
    public static string Callback(string domain, string id) => $"{Callbacks(domain)}/{E(id)}";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
