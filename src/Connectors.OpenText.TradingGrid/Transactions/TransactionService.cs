using Connectors.Core;
using Connectors.OpenText.TradingGrid.Wire;

namespace Connectors.OpenText.TradingGrid;

/// <summary>B2B (EDI) transactions through Trading Grid Lens: look up by id, list failed and held ones.</summary>
public class TransactionService
{
    private const int MaxPageSize = 1000;
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal TransactionService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected TransactionService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Looks up one transaction by id.</summary>
    /// <param name="transactionId">The transaction id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">Lens has no such transaction.</exception>
    public virtual async Task<Response<B2BTransaction>> GetAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionId);
        var (page, raw) = await SearchAsync(new LensQuery().Must("transactionid", transactionId), 0, 1, cancellationToken).ConfigureAwait(false);
        return page.Transactions.FirstOrDefault() is { } transaction
            ? new Response<B2BTransaction>(transaction, raw)
            : throw new ConnectorNotFoundException(TradingGridClient.SystemName, $"Transaction '{transactionId}' was not found in Lens.")
            {
                Status = 404,
                ErrorCode = "TRANSACTION_NOT_FOUND",
                RequestId = raw.RequestId,
                Request = $"POST {TradingGridRoutes.TransactionSearch}",
            };
    }

    /// <summary>
    /// Lists failed (and, by default, held) transactions whose status was set since a time, oldest first, with
    /// partner, document type, error code and message and acknowledgement status.
    /// </summary>
    /// <param name="query">What to list.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<B2BTransaction> ListFailedAsync(FailedTransactionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var lens = new LensQuery { SortField = "statusdate" }
            .Range("statusdate", query.Since, query.Until)
            .Filter("status", query.IncludeHeld ? [TransactionStatus.Failed.Value, TransactionStatus.Held.Value] : [TransactionStatus.Failed.Value])
            .Filter("editype", query.DocumentTypes.Select(t => t.Value).ToArray());
        if (query.PartnerAddress is { Length: > 0 } address)
        {
            lens.Should("senderaddress", address).Should("receiveraddress", address);
        }

        return new AsyncPageable<B2BTransaction>(async (token, hint, ct) =>
        {
            var offset = Paging.Offset(token);
            var (page, raw) = await SearchAsync(lens, offset, Math.Clamp(hint ?? _options.PageSize, 1, MaxPageSize), ct.CanBeCanceled ? ct : cancellationToken).ConfigureAwait(false);
            return new Page<B2BTransaction>(page.Transactions, Paging.NextOffset(page.Offset, page.Transactions.Count, page.Total), raw) { TotalCount = page.Total };
        });
    }

    private async Task<(LensPage Page, Response Raw)> SearchAsync(LensQuery query, long offset, int count, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Post(TradingGridRoutes.TransactionSearch)
            .WithJson(new GraphQlRequest(query.Build(offset, count)), TradingGridJsonContext.Default.GraphQlRequest)
            .MarkIdempotent(); // a search changes nothing: safe to retry
        var response = await _connection.SendAsync(request, TradingGridJsonContext.Default.LensResponse, cancellationToken).ConfigureAwait(false);
        var raw = response.GetRawResponse();
        if (response.Value.Errors is { Count: > 0 } errors)
        {
            var first = errors[0];
            throw new ConnectorValidationException(TradingGridClient.SystemName, $"Lens refused the transaction search: {first.Message}")
            {
                Status = raw.Status,
                ErrorCode = first.Extensions?.Code,
                VendorMessage = first.Message,
                RequestId = raw.RequestId,
                Request = $"POST {TradingGridRoutes.TransactionSearch}",
            };
        }

        return response.Value.Data?.GetTransactions is { } page
            ? (page, raw)
            : throw new ConnectorSerializationException(TradingGridClient.SystemName, "The Lens answer has neither data.getTransactions nor errors.")
            {
                Status = raw.Status,
                RequestId = raw.RequestId,
            };
    }
}
