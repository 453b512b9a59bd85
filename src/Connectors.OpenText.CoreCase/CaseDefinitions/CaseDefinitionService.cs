using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;
using Ctx = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Case definitions (case types) on the published <c>case-definitions</c> routes, read-only: design-time calls
/// ("Create Case Definition", "Create Stage", "Update General Settings") stay in Core Case's tools or go through
/// <c>client.SendAsync(ApiRequest…)</c>.
/// </summary>
public class CaseDefinitionService
{
    private readonly CoreCaseConnection _connection;

    internal CaseDefinitionService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseDefinitionService() => _connection = null!;

    /// <summary>Gets a definition: <c>GET case-definitions/{caseDefinitionId}</c>; an unknown one fails with <see cref="CaseDefinitionNotFoundException"/>.</summary>
    /// <param name="caseDefinitionId">The definition id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseDefinition>> GetAsync(string caseDefinitionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseDefinitionId);
        var response = await _connection.SendAsync(
            ApiRequest.Get(CoreCaseRoutes.CaseDefinition(caseDefinitionId)), Ctx.Default.CaseDefinitionWire, cancellationToken, caseDefinitionId).ConfigureAwait(false);
        return new Response<CaseDefinition>(CoreCaseMapper.Definition(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists the definitions: <c>GET case-definitions</c> (the list shape and paging are assumed).</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseDefinition> ListAsync(CancellationToken cancellationToken = default)
        => _connection.Pageable(() => ApiRequest.Get(CoreCaseRoutes.CaseDefinitions), Ctx.Default.CaseDefinitionWire, CoreCaseMapper.Definition, cancellationToken);
}
