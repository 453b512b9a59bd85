using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;
using Ctx = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Case history and the tenant-wide events feed: both assumed (Core Case publishes neither, nor any callback), so
/// triggers poll <see cref="ListAsync"/> from a checkpoint (the last <see cref="CaseEvent.OccurredOn"/> seen; the bound
/// is inclusive, so drop event ids already handled). If your tenant exposes changes elsewhere, call that route through
/// <c>client.SendAsync(ApiRequest…)</c>.
/// </summary>
public class CaseEventService
{
    private readonly CoreCaseConnection _connection;

    internal CaseEventService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseEventService() => _connection = null!;

    /// <summary>One case's timeline, oldest first (assumed route <c>…/cases/{caseId}/history</c>).</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseEvent> ListHistoryAsync(CaseRef caseRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        return _connection.Pageable(() => ApiRequest.Get(AssumedRoutes.History(caseRef)), Ctx.Default.EventWire, CoreCaseMapper.Event, cancellationToken, subject: caseRef);
    }

    /// <summary>The tenant's events, oldest first (assumed route <c>events</c>).</summary>
    /// <param name="query">Filters; <see langword="null"/> for everything.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseEvent> ListAsync(CaseEventQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new CaseEventQuery();
        return _connection.Pageable(
            () => ApiRequest.Get(AssumedRoutes.Events)
                .WithQuery(AssumedRoutes.EventQuery.Since, query.Since is { } since ? CoreCaseDateConverter.Format(since) : null)
                .WithQuery(AssumedRoutes.EventQuery.Type, query.Type?.Value)
                .WithQuery(AssumedRoutes.EventQuery.CaseDefinitionId, query.Case?.CaseDefinitionId ?? query.CaseDefinitionId)
                .WithQuery(AssumedRoutes.EventQuery.CaseId, query.Case?.CaseId),
            Ctx.Default.EventWire,
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
