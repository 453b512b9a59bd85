using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Polls the event log (job completed/failed, delivered, delivery failed, invalid address, returned mail): the
/// fallback for callbacks and the poll twin of a webhook trigger. Keep the last <see cref="ExstreamEvent.Sequence"/>
/// as a checkpoint and pass it as <c>afterSequence</c> next time. The route is <b>assumed</b> (OpenText publishes no
/// delivery events; see <c>AssumedRoutes</c> and docs/api/exstream.md).
/// </summary>
public class DeliveryEventService
{
    private readonly ApiConnection _api;
    private readonly string _domain;

    internal DeliveryEventService(ApiConnection api, string domain)
    {
        _api = api;
        _domain = domain;
    }

    /// <summary>For mocking.</summary>
    protected DeliveryEventService()
    {
        _api = null!;
        _domain = null!;
    }

    /// <summary>Lists events in order, after a checkpoint, optionally for one job or one type.</summary>
    /// <param name="afterSequence">Only events after this sequence number (0 for all).</param>
    /// <param name="jobId">Only events about this job.</param>
    /// <param name="type">Only events of this type.</param>
    /// <remarks>Assumed route (<c>GET orchestration/api/v1/deliveryevents/{domain}</c>, AssumedRoutes, docs/api/exstream.md): OpenText publishes no delivery events; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<ExstreamEvent> ListAsync(long afterSequence = 0, string? jobId = null, ExstreamEventType? type = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        return ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(AssumedRoutes.DeliveryEvents(_domain))
                .WithQuery("afterSequence", afterSequence)
                .WithQuery("jobId", jobId)
                .WithQuery("type", type?.Value),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeExstreamEvent,
            50);
    }
}
