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
        return _connection.Pageable(() => ApiRequest.Get(CoreCaseRoutes.CaseHistory(caseId)), Ctx.Default.HalPageEventWire, CoreCaseMapper.Event);
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
            CoreCaseMapper.Event);
    }
}
