using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Community spaces: one per partner. Every route here is assumed: see <c>AssumedRoutes</c> and docs/api/trading-grid.md.</summary>
public class SpaceService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal SpaceService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected SpaceService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Gets one space.</summary>
    /// <param name="spaceId">The space id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community spaces; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<CommunitySpace>> GetAsync(string spaceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spaceId);
        return _connection.SendAsync(
            ApiRequest.Get(AssumedRoutes.Space(_options.CompanyId, spaceId)),
            TradingGridJsonContext.Default.CommunitySpace,
            cancellationToken);
    }

    /// <summary>Lists spaces, optionally only a partner's.</summary>
    /// <param name="partnerCompanyId">The partner; <c>null</c> for all spaces.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community spaces; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<CommunitySpace> ListAsync(string? partnerCompanyId = null, CancellationToken cancellationToken = default)
        => OffsetPaging.Create<CommunitySpace, SpaceList>(
            _connection,
            () => ApiRequest.Get(AssumedRoutes.Spaces(_options.CompanyId)).WithQuery("partnerCompanyId", partnerCompanyId),
            TradingGridJsonContext.Default.SpaceList,
            _options.PageSize,
            cancellationToken);
}
