using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// The company and its entitlements (documented: BN-Trading-Grid "Retrieve Company", "entitlements for Company").
/// </summary>
public class CompanyService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal CompanyService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected CompanyService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Gets the company: <c>GET TGCommunityServices/v1/companies/{companyId}</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<TradingGridCompany>> GetAsync(CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Get(TradingGridRoutes.Company(_options.CompanyId)), TradingGridJsonContext.Default.TradingGridCompany, cancellationToken);

    /// <summary>
    /// Gets the company's entitlements: <c>GET …/companies/{companyId}/entitlements</c>. OpenText publishes no answer
    /// example, so the body is returned as JSON rather than as a guessed model.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<JsonElement>> GetEntitlementsAsync(CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Get(TradingGridRoutes.CompanyEntitlements(_options.CompanyId)), TradingGridJsonContext.Default.JsonElement, cancellationToken);
}
