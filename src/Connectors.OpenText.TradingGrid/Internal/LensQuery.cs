using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>
/// Writes the Lens <c>getTransactions(query: {…})</c> GraphQL document for a <see cref="TransactionSearch"/>, with the
/// argument shapes of OpenText's Lens collection (docs/api/trading-grid.md). Values are GraphQL string literals (JSON
/// escaping is valid GraphQL escaping); field names must be plain identifiers, so nothing can be injected.
/// </summary>
internal static class LensQuery
{
    private const string Fields = """
          transactionid correlationid parenttransactionid transactionlevel
          sendername senderaddress receivername receiveraddress
          editype standardversion status statusdate arrivaltime
          errorcode errortype externalerrormessage receiveackstatus deliverystatus
    """;

    /// <summary>The document for one request.</summary>
    /// <param name="search">What to find.</param>
    /// <param name="count">The page size (<c>count</c>), or <c>null</c> to leave it to the service.</param>
    /// <param name="offset">The offset (<c>offset</c>), or <c>null</c>.</param>
    /// <param name="scroll">Whether to scroll (<c>scroll: true</c>, answered with a <c>scrollid</c>).</param>
    public static string Build(TransactionSearch search, int? count, long? offset, bool scroll)
    {
        var args = new List<string>();
        if (count is { } c)
        {
            args.Add(string.Create(CultureInfo.InvariantCulture, $"count: {c}"));
        }

        if (offset is { } o)
        {
            args.Add(string.Create(CultureInfo.InvariantCulture, $"offset: {o}"));
        }

        if (scroll)
        {
            args.Add("scroll: true");
        }

        if (search.SortBy is { } sort)
        {
            args.Add($"sortby: {{ field: {Name(sort.Field)} type: {(sort.Descending ? "DESC" : "ASC")} }}");
        }

        if (search.ContentKeys.Count > 0 || search.ContentKeyFilters.Count > 0)
        {
            args.Add("contentKeyFilters: [" + string.Concat(search.ContentKeyFilters.Select(f => $" {{ key: {Literal(f.Key)} value: {Literal(f.Value)} }}")) + (search.ContentKeyFilters.Count > 0 ? " ]" : "]"));
        }

        if (!string.IsNullOrEmpty(search.Query))
        {
            args.Add($"query: {Literal(search.Query)}");
        }

        if (search.Range is { } range)
        {
            var r = new StringBuilder($"ranges: {{ field: {Name(range.Field)}");
            if (range.From is { } from)
            {
                r.Append(" from: ").Append(Literal(Iso(from)));
            }

            if (range.To is { } to)
            {
                r.Append(" to: ").Append(Literal(Iso(to)));
            }

            args.Add(r.Append(" }").ToString());
        }

        if (search.Filters.Count > 0)
        {
            args.Add("filters: [" + string.Concat(search.Filters.Select(f =>
                $" {{ field: {Name(f.Field)} values: [" + string.Concat(f.Values.Select(v => $" {{ not: {(v.Not ? "true" : "false")} value: {Literal(v.Value)} }}")) + " ] }")) + " ]");
        }

        if (search.Must.Count > 0 || search.Should.Count > 0)
        {
            var f = new StringBuilder("fields: {");
            Clauses(f, "must", search.Must);
            Clauses(f, "should", search.Should);
            args.Add(f.Append(" }").ToString());
        }

        var q = new StringBuilder("query getTransactions {\n  getTransactions");
        if (args.Count > 0)
        {
            q.Append("(query: {\n    ").AppendJoin("\n    ", args).Append("\n  })");
        }

        q.Append(" {\n    count total offset").Append(scroll ? " scrollid" : string.Empty).Append("\n    transactions {\n").Append(Fields);
        if (search.ContentKeys.Count > 0)
        {
            q.Append("      contentkeys(names: [").AppendJoin(", ", search.ContentKeys.Select(Literal)).Append("]) { key value }\n");
        }

        return q.Append("    }\n  }\n}").ToString();
    }

    private static void Clauses(StringBuilder q, string kind, IList<TransactionFieldClause> clauses)
    {
        if (clauses.Count > 0)
        {
            q.Append(' ').Append(kind).Append(": [")
                .Append(string.Concat(clauses.Select(c => $" {{ field: {Name(c.Field)} query: {Literal(c.Query)} }}")))
                .Append(" ]");
        }
    }

    // Lens field names are GraphQL enum values: plain identifiers only.
    private static string Name(string field)
        => field.Length > 0 && (char.IsAsciiLetter(field[0]) || field[0] == '_') && field.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '.')
            ? field
            : throw new ArgumentException($"'{field}' is not a Lens field name.", nameof(field));

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    private static string Literal(string value) => JsonSerializer.Serialize(value, TradingGridJsonContext.Default.String);
}
