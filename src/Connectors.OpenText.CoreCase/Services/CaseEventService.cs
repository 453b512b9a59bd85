using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;
using Ctx = Connectors.OpenText.CoreCase.Wire.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Case history and the tenant-wide events feed. Core Case documents no callbacks, so triggers poll
/// <see cref="ListAsync"/> from a checkpoint (the last <see cref="CaseEvent.OccurredOn"/> seen; the bound is
/// inclusive, so drop event ids already handled).
/// </summary>
public class CaseEventService
{
    private readonly CoreCaseConnection _connection;

    internal CaseEventService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseEventService() => _connection = null!;

    /// <summary>One case's timeline, oldest first.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseEvent> ListHistoryAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return _connection.Pageable(() => ApiRequest.Get(CoreCaseRoutes.CaseHistory(caseId)), Ctx.Default.HalPageEventWire, CoreCaseMapper.Event, cancellationToken);
    }

    /// <summary>The tenant's events, oldest first.</summary>
    /// <param name="query">Filters; <c>null</c> for everything.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseEvent> ListAsync(CaseEventQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new CaseEventQuery();
        return _connection.Pageable(
            () => ApiRequest.Get(CoreCaseRoutes.Events)
                .WithQuery("since", query.Since is { } since ? CoreCaseRoutes.Date(since) : null)
                .WithQuery("type", query.Type?.Value)
                .WithQuery("caseId", query.CaseId),
            Ctx.Default.HalPageEventWire,
            CoreCaseMapper.Event,
            cancellationToken);
    }

    /// <summary>
    /// One checkpointed poll of the events feed (the trigger twin of a webhook): returns the events after
    /// <paramref name="checkpoint"/>, at most <paramref name="maxEvents"/>, and the checkpoint to store once they are handled.
    /// Nothing is lost or repeated across polls, even when several events share a timestamp.
    /// </summary>
    /// <param name="checkpoint">Where the previous poll stopped.</param>
    /// <param name="type">Only this type, e.g. <see cref="CaseEventType.StatusChanged"/> for milestones.</param>
    /// <param name="maxEvents">The most events to return in one batch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<CaseEventBatch> PollAsync(CaseEventCheckpoint checkpoint, CaseEventType? type = null, int maxEvents = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvents, 1);
        var seen = new HashSet<string>(checkpoint.SeenIds, StringComparer.Ordinal);
        var events = new List<CaseEvent>();
        await foreach (var item in ListAsync(new CaseEventQuery { Since = checkpoint.Since, Type = type }, cancellationToken).ConfigureAwait(false))
        {
            if (item.OccurredOn < checkpoint.Since || seen.Contains(item.Id))
            {
                continue;
            }

            events.Add(item);
            if (events.Count == maxEvents)
            {
                break;
            }
        }

        if (events.Count == 0)
        {
            return new CaseEventBatch(events, checkpoint);
        }

        var last = events[^1].OccurredOn;
        var atLast = events.Where(e => e.OccurredOn == last).Select(e => e.Id);
        var next = last == checkpoint.Since ? [.. checkpoint.SeenIds, .. atLast] : atLast.ToArray();
        return new CaseEventBatch(events, new CaseEventCheckpoint(last, next));
    }
}
