using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;
using Ctx = Connectors.OpenText.CoreCase.Wire.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>Links between cases.</summary>
public class CaseLinkService
{
    private readonly CoreCaseConnection _connection;

    internal CaseLinkService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseLinkService() => _connection = null!;

    /// <summary>Links <paramref name="caseId"/> to <paramref name="targetCaseId"/>.</summary>
    /// <param name="caseId">The case the link is added to.</param>
    /// <param name="targetCaseId">The linked case.</param>
    /// <param name="relationType">How they relate; <see cref="CaseRelationType.Related"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseLink>> AddAsync(string caseId, string targetCaseId, CaseRelationType? relationType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetCaseId);
        var body = new LinkRequest { TargetCaseId = targetCaseId, RelationType = (relationType ?? CaseRelationType.Related).Value };
        var response = await _connection.SendAsync(
            ApiRequest.Post(CoreCaseRoutes.Links(caseId)).WithJson(body, Ctx.Default.LinkRequest), Ctx.Default.LinkWire, cancellationToken).ConfigureAwait(false);
        return new Response<CaseLink>(CoreCaseMapper.Link(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists a case's links.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseLink> ListAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return _connection.Pageable(() => ApiRequest.Get(CoreCaseRoutes.Links(caseId)), Ctx.Default.HalPageLinkWire, CoreCaseMapper.Link, cancellationToken);
    }
}
