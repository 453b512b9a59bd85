namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// ASSUMED: every Exstream route OpenText does not publish, in one place. Nothing public shows a REST batch-job submit,
/// job status, output listing or download, delivery events or callback registration (shared/reference/opentext/README.md);
/// these paths follow the conventions of the published orchestration routes (same base path, <c>{domain}</c> segment,
/// <c>{status, data}</c> envelopes, <c>count</c>/<c>offset</c> paging) and are what the emulator serves. If the real
/// route differs on your tenant, change it here, or call it today through <c>client.SendAsync(ApiRequest…)</c> without
/// forking. docs/api/exstream.md lists each one.
/// </summary>
internal static class AssumedRoutes
{
    private const string Orchestration = "orchestration/api/v1";

    /// <summary>assumed: submit (<c>POST</c>, <c>Idempotency-Key</c>) and list (<c>GET ?correlationId=&amp;state=</c>) batch jobs.</summary>
    public static string Jobs(string domain) => $"{Orchestration}/jobs/{E(domain)}";

    /// <summary>assumed: one job (<c>GET</c>).</summary>
    public static string Job(string domain, string jobId) => $"{Jobs(domain)}/{E(jobId)}";

    /// <summary>assumed: a job's outputs (<c>GET</c>, paged).</summary>
    public static string JobOutputs(string domain, string jobId) => $"{Job(domain, jobId)}/outputs";

    /// <summary>assumed: one output's bytes (<c>GET</c>).</summary>
    public static string OutputContent(string domain, string jobId, string outputId) => $"{JobOutputs(domain, jobId)}/{E(outputId)}/content";

    /// <summary>assumed: the delivery and job event log (<c>GET ?afterSequence=&amp;jobId=&amp;type=</c>, paged).</summary>
    public static string DeliveryEvents(string domain) => $"{Orchestration}/deliveryevents/{E(domain)}";

    /// <summary>assumed: callback registrations (<c>POST</c>, <c>GET</c>).</summary>
    public static string Callbacks(string domain) => $"{Orchestration}/callbacks/{E(domain)}";

    /// <summary>assumed: one callback registration (<c>DELETE</c>).</summary>
    public static string Callback(string domain, string id) => $"{Callbacks(domain)}/{E(id)}";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
