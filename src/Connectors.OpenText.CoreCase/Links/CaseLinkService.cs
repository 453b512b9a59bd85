using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;
using Ctx = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>Links between cases (assumed routes: nothing public shows Core Case links).</summary>
public class CaseLinkService
{
    private readonly CoreCaseConnection _connection;

    internal CaseLinkService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseLinkService() => _connection = null!;

    /// <summary>Links <paramref name="caseRef"/> to <paramref name="target"/> (assumed route).</summary>
    /// <param name="caseRef">The case the link is added to.</param>
    /// <param name="target">The linked case (any definition).</param>
    /// <param name="relationType">How they relate; <see cref="CaseRelationType.Related"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseLink>> AddAsync(CaseRef caseRef, CaseRef target, CaseRelationType? relationType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentNullException.ThrowIfNull(target);
        var body = new LinkRequest { TargetCaseDefinitionId = target.CaseDefinitionId, TargetCaseId = target.CaseId, RelationType = (relationType ?? CaseRelationType.Related).Value };
        var response = await _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.Links(caseRef)).WithJson(body, Ctx.Default.LinkRequest), Ctx.Default.LinkWire, cancellationToken, subject: caseRef).ConfigureAwait(false);
        return new Response<CaseLink>(CoreCaseMapper.Link(response.Value, caseRef), response.GetRawResponse());
    }

    /// <summary>Lists a case's links (assumed route).</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseLink> ListAsync(CaseRef caseRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        return _connection.Pageable(() => ApiRequest.Get(AssumedRoutes.Links(caseRef)), Ctx.Default.LinkWire, w => CoreCaseMapper.Link(w, caseRef), cancellationToken, subject: caseRef);
    }
}
