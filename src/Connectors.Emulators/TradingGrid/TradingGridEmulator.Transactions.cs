using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

// Lens transaction search (GraphQL over POST).
public sealed partial class TradingGridEmulator
{
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
            var request = TransactionSearch.Parse(query, MaxPageSize * 10);
            var matches = TransactionSearch.Filter(State.Transactions, request);
            var page = matches.Skip(request.Offset).Take(request.Count).Select(TransactionSearch.ToLens).ToArray();
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
