using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;
using Ctx = Connectors.OpenText.CoreCase.Wire.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>Case types (case definitions), read-only: they are designed in Core Case's admin tools.</summary>
public class CaseTypeService
{
    private readonly CoreCaseConnection _connection;

    internal CaseTypeService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseTypeService() => _connection = null!;

    /// <summary>Gets a case type.</summary>
    /// <param name="caseTypeId">The case type id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseType>> GetAsync(string caseTypeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseTypeId);
        var response = await _connection.SendAsync(ApiRequest.Get(CoreCaseRoutes.CaseDefinition(caseTypeId)), Ctx.Default.CaseDefinitionWire, cancellationToken).ConfigureAwait(false);
        return new Response<CaseType>(CoreCaseMapper.CaseType(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists the case types.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseType> ListAsync(CancellationToken cancellationToken = default)
        => _connection.Pageable(() => ApiRequest.Get(CoreCaseRoutes.CaseDefinitions), Ctx.Default.HalPageCaseDefinitionWire, CoreCaseMapper.CaseType, cancellationToken);
}
