using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// Builds the Lens <c>getTransactions(query: {...})</c> GraphQL document (docs/api/trading-grid.md, source [S2]).
/// Values are written as GraphQL string literals (JSON escaping is valid GraphQL escaping).
/// </summary>
internal sealed class LensQuery
{
    private const string Selection = """
        count total offset
        transactions {
          transactionid correlationid parenttransactionid transactionlevel
          sendername senderaddress receivername receiveraddress
          editype standardversion status statusdate arrivaltime
          errorcode errortype externalerrormessage receiveackstatus deliverystatus
          contentkeys(names: ["purchase order number", "invoice number", "shipment identification"]) { key value }
        }
        """;

    private readonly List<(string Field, string Value)> _must = [];
    private readonly List<(string Field, string Value)> _should = [];
    private readonly List<(string Field, IReadOnlyList<string> Values)> _filters = [];
    private (string Field, DateTimeOffset? From, DateTimeOffset? To)? _range;

    public LensQuery Must(string field, string value)
    {
        _must.Add((field, value));
        return this;
    }

    public LensQuery Should(string field, string value)
    {
        _should.Add((field, value));
        return this;
    }

    public LensQuery Filter(string field, IReadOnlyList<string> anyOf)
    {
        if (anyOf.Count > 0)
        {
            _filters.Add((field, anyOf));
        }

        return this;
    }

    public LensQuery Range(string field, DateTimeOffset? from, DateTimeOffset? to)
    {
        _range = (field, from, to);
        return this;
    }

    public string SortField { get; init; } = "arrivaltime";

    public string Build(long offset, int count)
    {
        var q = new StringBuilder("query getTransactions {\n  getTransactions(query: {\n");
        q.Append(CultureInfo.InvariantCulture, $"    count: {count}\n    offset: {offset}\n");
        q.Append(CultureInfo.InvariantCulture, $"    sortby: {{ field: {SortField} type: ASC }}\n");
        q.Append("    contentKeyFilters: []\n");
        if (_range is { } r)
        {
            q.Append(CultureInfo.InvariantCulture, $"    ranges: {{ field: {r.Field}");
            if (r.From is { } from)
            {
                q.Append(" from: ").Append(Literal(Iso(from)));
            }

            if (r.To is { } to)
            {
                q.Append(" to: ").Append(Literal(Iso(to)));
            }

            q.Append(" }\n");
        }

        if (_filters.Count > 0)
        {
            q.Append("    filters: [\n");
            foreach (var (field, values) in _filters)
            {
                q.Append(CultureInfo.InvariantCulture, $"      {{ field: {field} values: [");
                foreach (var value in values)
                {
                    q.Append(" { not: false value: ").Append(Literal(value)).Append(" }");
                }

                q.Append(" ] }\n");
            }

            q.Append("    ]\n");
        }

        if (_must.Count > 0 || _should.Count > 0)
        {
            q.Append("    fields: {\n");
            AppendClauses(q, "must", _must);
            AppendClauses(q, "should", _should);
            q.Append("    }\n");
        }

        q.Append("  }) {\n").Append(Selection).Append("\n  }\n}");
        return q.ToString();
    }

    private static void AppendClauses(StringBuilder q, string kind, List<(string Field, string Value)> clauses)
    {
        if (clauses.Count == 0)
        {
            return;
        }

        q.Append(CultureInfo.InvariantCulture, $"      {kind}: [");
        foreach (var (field, value) in clauses)
        {
            q.Append(CultureInfo.InvariantCulture, $" {{ field: {field} query: ").Append(Literal(value)).Append(" }");
        }

        q.Append(" ]\n");
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Literal(string value) => JsonSerializer.Serialize(value, TradingGridJsonContext.Default.String);
}
