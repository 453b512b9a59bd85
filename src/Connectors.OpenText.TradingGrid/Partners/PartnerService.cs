using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// The partner directory: <c>GET TGCommunityServices/v1/companies/{companyId}/partnerDirectory</c> with the published
/// filters (documented: BN-Trading-Grid "List Trading Partners", "details for Trading Partner"), and partner contacts
/// (assumed).
/// </summary>
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

    /// <summary>
    /// Gets one partner the way OpenText's collection does: the directory filtered by <c>?partnerCompanyId=</c>.
    /// </summary>
    /// <param name="partnerCompanyId">The partner's company id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">The partner is not in the directory.</exception>
    public virtual async Task<Response<TradingPartner>> GetAsync(string partnerCompanyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerCompanyId);
        var request = ApiRequest.Get(TradingGridRoutes.PartnerDirectory(_options.CompanyId)).WithQuery("partnerCompanyId", partnerCompanyId);
        var response = await _connection.SendAsync(request, TradingGridJsonContext.Default.DirectoryListTradingPartner, cancellationToken).ConfigureAwait(false);
        var raw = response.GetRawResponse();
        return response.Value.Items.FirstOrDefault(p => string.Equals(p.PartnerCompanyId, partnerCompanyId, StringComparison.OrdinalIgnoreCase)) is { } partner
            ? new Response<TradingPartner>(partner, raw)
            : throw new ConnectorNotFoundException(TradingGridClient.SystemName, $"Partner '{partnerCompanyId}' is not in the partner directory of {_options.CompanyId}.")
            {
                Status = 404,
                ErrorCode = "PARTNER_NOT_FOUND",
                RequestId = raw.RequestId,
                Request = $"GET {TradingGridRoutes.PartnerDirectory(_options.CompanyId)}",
            };
    }

    /// <summary>Lists or searches the partner directory (the published filters; all optional).</summary>
    /// <param name="query">Filters; <c>null</c> for every partner.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<TradingPartner> ListAsync(PartnerQuery? query = null, CancellationToken cancellationToken = default)
        => DirectoryPaging.Create(
            _connection,
            () => ApiRequest.Get(TradingGridRoutes.PartnerDirectory(_options.CompanyId))
                .WithQuery("partnerCompanyId", query?.PartnerCompanyId)
                .WithQuery("partnerCompanyName", query?.PartnerCompanyName)
                .WithQuery("tradingAddress", query?.TradingAddress),
            TradingGridJsonContext.Default.DirectoryListTradingPartner,
            _options.PageSize,
            cancellationToken);

    /// <summary>
    /// Lists a partner's contacts. Assumed route (<c>…/partnerDirectory/{partnerCompanyId}/contacts</c>): OpenText publishes
    /// no contacts call; if yours differs, call it with <c>client.SendAsync</c>.
    /// </summary>
    /// <param name="partnerCompanyId">The partner's company id.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<PartnerContact> ListContactsAsync(string partnerCompanyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerCompanyId);
        return OffsetPaging.Create<PartnerContact, ContactList>(
            _connection,
            () => ApiRequest.Get(AssumedRoutes.PartnerContacts(_options.CompanyId, partnerCompanyId)),
            TradingGridJsonContext.Default.ContactList,
            _options.PageSize,
            cancellationToken);
    }
}
