using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// B2B (EDI) transactions through Trading Grid Lens: <c>POST visibility_transaction_search</c> with a GraphQL
/// <c>getTransactions</c> query (documented: BN-Trading-Grid "Lens" collection). Search with <c>count</c>/<c>offset</c>
/// paging and the <c>total</c>, scroll past the 10,000-transaction window, look up one transaction, list failures.
/// </summary>
public class TransactionService
{
    /// <summary>The largest <c>count</c> the Lens collection asks for in one request.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>How far <c>offset</c> paging reaches; past it, scroll (<see cref="ScrollAsync"/>).</summary>
    public const long OffsetWindow = 10_000;

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

    /// <summary>
    /// Sends one search request, exactly as described: <paramref name="count"/> and <paramref name="offset"/> are sent only
    /// when given. The answer carries <c>count</c>, <c>total</c> and <c>offset</c>.
    /// </summary>
    /// <param name="search">What to find.</param>
    /// <param name="count">The page size (1–1000), or <c>null</c> for the service's default.</param>
    /// <param name="offset">The offset, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorValidationException">Lens refused the query (its GraphQL <c>errors</c>).</exception>
    public virtual Task<Response<TransactionPage>> SearchPageAsync(TransactionSearch search, int? count = null, long? offset = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (count is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"count must be between 1 and {MaxPageSize}.");
        }

        return SendAsync(LensQuery.Build(search, count, offset, scroll: false), cancellationToken);
    }

    /// <summary>
    /// Searches, paging lazily by <c>count</c>/<c>offset</c> (page size from the enumeration's hint or
    /// <see cref="TradingGridClientOptions.PageSize"/>); each page reports the <c>total</c>. Lens pages by offset only
    /// within the first 10,000 matches: a listing that would go past them fails with a message naming
    /// <see cref="ScrollAsync"/>, so nothing is silently left out.
    /// </summary>
    /// <param name="search">What to find.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<B2BTransaction> SearchAsync(TransactionSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        return new AsyncPageable<B2BTransaction>(async (token, hint, ct) =>
        {
            var offset = Paging.Offset(token);
            var size = (int)Math.Min(Math.Clamp(hint ?? _options.PageSize, 1, MaxPageSize), OffsetWindow - offset);
            if (size <= 0)
            {
                throw new ConnectorValidationException(TradingGridClient.SystemName,
                    $"Lens pages by offset only within the first {OffsetWindow:N0} matches; use Transactions.ScrollAsync to read past them.")
                {
                    ErrorCode = "OFFSET_WINDOW",
                    Request = $"POST {TradingGridRoutes.TransactionSearch}",
                };
            }

            var response = await SendAsync(LensQuery.Build(search, size, offset, scroll: false), ct.CanBeCanceled ? ct : cancellationToken).ConfigureAwait(false);
            var page = response.Value;
            return new Page<B2BTransaction>(page.Transactions, Paging.NextOffset(page.Offset, page.Transactions.Count, page.Total), response.GetRawResponse())
            {
                TotalCount = page.Total,
            };
        });
    }

    /// <summary>
    /// Reads every match, however many, by scrolling: the search is sent with <c>scroll: true</c> and, as OpenText's Lens
    /// collection says, sending the same query again returns the next entries. It stops when an answer is empty or the
    /// <c>total</c> has been read (assumed: the collection does not say how a scroll ends). Each page's continuation token
    /// is the <c>scrollid</c> and the count read so far.
    /// </summary>
    /// <param name="search">What to find.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<B2BTransaction> ScrollAsync(TransactionSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var document = LensQuery.Build(search, count: null, offset: null, scroll: true);
        var read = 0L;
        return new AsyncPageable<B2BTransaction>(async (token, _, ct) =>
        {
            if (token is null)
            {
                read = 0;
            }

            var response = await SendAsync(document, ct.CanBeCanceled ? ct : cancellationToken).ConfigureAwait(false);
            var page = response.Value;
            read += page.Transactions.Count;
            var more = page.Transactions.Count > 0 && read < page.Total;
            var position = read.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Page<B2BTransaction>(page.Transactions, more ? $"{page.ScrollId}@{position}" : null, response.GetRawResponse())
            {
                TotalCount = page.Total,
            };
        });
    }

    /// <summary>Looks up one transaction by id (<c>fields.must transactionid</c>).</summary>
    /// <param name="transactionId">The transaction id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">Lens has no such transaction.</exception>
    public virtual async Task<Response<B2BTransaction>> GetAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionId);
        var search = new TransactionSearch { Must = { new TransactionFieldClause("transactionid", transactionId) } };
        var response = await SearchPageAsync(search, 1, 0, cancellationToken).ConfigureAwait(false);
        var raw = response.GetRawResponse();
        return response.Value.Transactions.FirstOrDefault() is { } transaction
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
        var search = new TransactionSearch
        {
            SortBy = new TransactionSort("statusdate"),
            Range = new TransactionRange("statusdate", query.Since, query.Until),
            Filters =
            {
                new TransactionFilter("status", [.. (query.IncludeHeld ? [TransactionStatus.Failed, TransactionStatus.Held] : new[] { TransactionStatus.Failed }).Select(s => new TransactionFilterValue(s.Value))]),
            },
        };
        if (query.DocumentTypes.Count > 0)
        {
            search.Filters.Add(new TransactionFilter("editype", [.. query.DocumentTypes.Select(t => new TransactionFilterValue(t.Value))]));
        }

        if (query.PartnerAddress is { Length: > 0 } address)
        {
            search.Should.Add(new TransactionFieldClause("senderaddress", address));
            search.Should.Add(new TransactionFieldClause("receiveraddress", address));
        }

        return SearchAsync(search, cancellationToken);
    }

    private async Task<Response<TransactionPage>> SendAsync(string document, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Post(TradingGridRoutes.TransactionSearch)
            .WithJson(new GraphQlRequest(document), TradingGridJsonContext.Default.GraphQlRequest)
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
            ? new Response<TransactionPage>(page, raw)
            : throw new ConnectorSerializationException(TradingGridClient.SystemName, "The Lens answer has neither data.getTransactions nor errors.")
            {
                Status = raw.Status,
                RequestId = raw.RequestId,
            };
    }
}
