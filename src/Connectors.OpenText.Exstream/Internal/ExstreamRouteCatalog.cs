using Connectors.Core.Diagnostics;
using Connectors.OpenText.Exstream.Internal;
using Json = Connectors.OpenText.Exstream.Internal.ExstreamJsonContext;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// How the read-only route check (<see cref="RouteCheck"/>, the console sample's <c>verify</c> command) proves each
/// route of <c>Internal/ExstreamRoutes</c> (published) and <c>Internal/AssumedRoutes</c> (guesses) exists: a <c>GET</c>
/// on a list, or on an id found in it; on-demand generation and every other write are listed and never called. The
/// caller seeds <c>domain</c> (the client's configured domain). Every route member appears here once (a test checks it).
/// </summary>
public static class ExstreamRouteCatalog
{
    /// <summary>The probes, in call order (lists before the ids they yield).</summary>
    public static IReadOnlyList<RouteProbe> Probes { get; } =
    [
        RouteProbe.Get("ExstreamRoutes.Domains", true, _ => ExstreamRoutes.Domains, Json.Default.ExstreamPagedEnvelopeExstreamDomain),
        RouteProbe.Get("ExstreamRoutes.Resources", true, ids => D(ids, d => ExstreamRoutes.Resources(d) + "?count=1&offset=0"), Json.Default.ExstreamPagedEnvelopeDesignResource, ("resourceId", "id")),
        RouteProbe.Get("ExstreamRoutes.Links", true, ids => ids["resourceId"] is { } r ? D(ids, d => ExstreamRoutes.Links(d) + "?linkSubjectId=" + Uri.EscapeDataString(r) + "&linkDepth=1") : null, Json.Default.ExstreamPagedEnvelopeResourceLink),
        RouteProbe.Get("ExstreamRoutes.LinkedResources", true, ids => ids["resourceId"] is { } r ? D(ids, d => ExstreamRoutes.LinkedResources(d) + "?linkObjectId=" + Uri.EscapeDataString(r) + "&linkDepth=1") : null, Json.Default.ExstreamPagedEnvelopeDesignResource),
        RouteProbe.Get("ExstreamRoutes.CommunicationSetManifest", true, ids => ids["communicationSetId"] is { } c ? D(ids, d => ExstreamRoutes.CommunicationSetManifest(d, c)) : null, Json.Default.CommunicationSetManifest),
        RouteProbe.Write("ExstreamRoutes.OnDemandGenerate", true, "POST"),
        RouteProbe.Write("ExstreamRoutes.OnDemandFulfill", true, "POST"),
        RouteProbe.Get("AssumedRoutes.Jobs", false, ids => D(ids, d => AssumedRoutes.Jobs(d) + "?count=1"), Json.Default.ExstreamPagedEnvelopeCommunicationJob, ("jobId", "jobId")),
        RouteProbe.Get("AssumedRoutes.Job", false, ids => ids["jobId"] is { } j ? D(ids, d => AssumedRoutes.Job(d, j)) : null, Json.Default.ExstreamEnvelopeCommunicationJob),
        RouteProbe.Get("AssumedRoutes.JobOutputs", false, ids => ids["jobId"] is { } j ? D(ids, d => AssumedRoutes.JobOutputs(d, j)) : null, Json.Default.ExstreamPagedEnvelopeJobOutput, ("outputId", "outputId")),
        RouteProbe.Get("AssumedRoutes.OutputContent", false, ids => ids["jobId"] is { } j && ids["outputId"] is { } o ? D(ids, d => AssumedRoutes.OutputContent(d, j, o)) : null),
        RouteProbe.Get("AssumedRoutes.DeliveryEvents", false, ids => D(ids, d => AssumedRoutes.DeliveryEvents(d) + "?count=1"), Json.Default.ExstreamPagedEnvelopeExstreamEvent),
        RouteProbe.Get("AssumedRoutes.Callbacks", false, ids => D(ids, AssumedRoutes.Callbacks), Json.Default.ExstreamPagedEnvelopeCallbackSubscription),
        RouteProbe.Write("AssumedRoutes.Callback", false, "DELETE"),
    ];

    /// <summary>Route-table members that are not routes the check calls, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotProbed { get; } = new Dictionary<string, string>();

    private static string? D(RouteProbeIds ids, Func<string, string> route) => ids["domain"] is { } d ? route(d) : null;
}
