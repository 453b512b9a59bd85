using Connectors.Core;
using Connectors.OpenText.TradingGrid.Wire;

namespace Connectors.OpenText.TradingGrid;

/// <summary>The partner directory: partners and their contacts.</summary>
public class PartnerService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal PartnerService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected PartnerService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Gets one partner.</summary>
    /// <param name="partnerCompanyId">The partner's company id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">The partner is not in the directory.</exception>
    public virtual Task<Response<TradingPartner>> GetAsync(string partnerCompanyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerCompanyId);
        return _connection.SendAsync(
            ApiRequest.Get(TradingGridRoutes.Partner(_options.CompanyId, partnerCompanyId)),
            TradingGridJsonContext.Default.TradingPartner,
            cancellationToken);
    }

    /// <summary>Lists or searches the partner directory.</summary>
    /// <param name="query">Filters; <c>null</c> for every partner.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<TradingPartner> ListAsync(PartnerQuery? query = null, CancellationToken cancellationToken = default)
        => OffsetPaging.Create<TradingPartner, PartnerList>(
            _connection,
            () => ApiRequest.Get(TradingGridRoutes.PartnerDirectory(_options.CompanyId))
                .WithQuery("partnerCompanyName", query?.Name)
                .WithQuery("tradingAddress", query?.TradingAddress),
            TradingGridJsonContext.Default.PartnerList,
            _options.PageSize,
            cancellationToken);

    /// <summary>Lists a partner's contacts.</summary>
    /// <param name="partnerCompanyId">The partner's company id.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<PartnerContact> ListContactsAsync(string partnerCompanyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerCompanyId);
        return OffsetPaging.Create<PartnerContact, ContactList>(
            _connection,
            () => ApiRequest.Get(TradingGridRoutes.PartnerContacts(_options.CompanyId, partnerCompanyId)),
            TradingGridJsonContext.Default.ContactList,
            _options.PageSize,
            cancellationToken);
    }
}
