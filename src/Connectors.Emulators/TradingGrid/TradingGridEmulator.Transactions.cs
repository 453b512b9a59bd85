using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Connectors.Emulators.TradingGrid.Lens;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.TradingGrid;

// Lens transaction search (GraphQL over POST), with count/offset paging and scrolling as the Lens collection shows.
public sealed partial class TradingGridEmulator
{
    private const int DefaultLensCount = 25;
    private const int ScrollPageSize = 1000; // "Submitting the same query multiple times will return the next 1000 entries"
    private readonly ConcurrentDictionary<string, int> _scrolls = new(StringComparer.Ordinal);

    private async Task<IResult> SearchTransactions(HttpRequest r)
    {
        var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var query = json!["query"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return GraphQlError("A GraphQL 'query' is required.", "GRAPHQL_PARSE_FAILED");
        }

        try
        {
            var document = LensGraphQl.Parse(query);
            var request = LensSearch.Parse(document, MaxPageSize * 10);
            var matches = LensSearch.Filter(State.Transactions, request);
            if (request.Scroll)
            {
                // The same query again returns the next entries; the scroll is the caller's (token) and the query's.
                var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(r.Headers.Authorization + "\n" + (document.Query?.ToString() ?? string.Empty))))[..24];
                var position = _scrolls.GetOrAdd(key, 0);
                var scrolled = matches.Skip(position).Take(ScrollPageSize).Select(LensSearch.ToLens).ToArray();
                _scrolls[key] = position + scrolled.Length;
                return Results.Json(new
                {
                    data = new { getTransactions = new { count = scrolled.Length, total = matches.Count, offset = position, scrollid = key, transactions = scrolled } },
                });
            }

            var page = matches.Skip(request.Offset).Take(request.Count ?? DefaultLensCount).Select(LensSearch.ToLens).ToArray();
            return Results.Json(new
            {
                data = new { getTransactions = new { count = page.Length, total = matches.Count, offset = request.Offset, transactions = page } },
            });
        }
        catch (FormatException e)
        {
            return GraphQlError(e.Message, "BAD_USER_INPUT");
        }
    }
}
