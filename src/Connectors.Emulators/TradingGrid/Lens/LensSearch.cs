using System.Globalization;
using System.Text.RegularExpressions;

namespace Connectors.Emulators.TradingGrid.Lens;

/// <summary>
/// Runs the <c>getTransactions(query: {…})</c> arguments OpenText's Lens collection uses: <c>count</c>, <c>offset</c>,
/// <c>scroll</c>, <c>sortby</c>, <c>query</c> (a search-box string: terms, <c>field:value</c>, <c>AND</c>/<c>OR</c>,
/// <c>-</c>/<c>NOT</c>, parentheses, <c>*</c>/<c>?</c> wildcards), <c>fields.must</c>/<c>fields.should</c>, <c>filters</c>
/// (with <c>not</c>), <c>ranges</c> and <c>contentKeyFilters</c>. The selection set is ignored: every field is returned.
/// </summary>
internal static class LensSearch
{
    internal sealed record Request(
        int? Count,
        int Offset,
        bool Scroll,
        string SortField,
        bool Descending,
        Func<TgTransaction, bool> Matches);

    public static Request Parse(LensGraphQl.Document document, int maxCount)
    {
        var q = document.Query;
        var count = q?["count"] is GqlNumber c ? (int)c.AsLong() : (int?)null;
        if (count is < 1 || count > maxCount)
        {
            throw new FormatException($"count must be between 1 and {maxCount}.");
        }

        var offset = q?["offset"] is GqlNumber o ? (int)o.AsLong() : 0;
        if (offset < 0)
        {
            throw new FormatException("offset must not be negative.");
        }

        var sort = q?["sortby"] as GqlObject;
        var predicates = new List<Func<TgTransaction, bool>>();
        if (q?["query"] is GqlString text && !string.IsNullOrWhiteSpace(text.Value))
        {
            var lucene = LuceneQuery.Parse(text.Value);
            predicates.Add(t => lucene(t));
        }

        if (q?["fields"] is GqlObject fields)
        {
            var must = Clauses(fields["must"]);
            var should = Clauses(fields["should"]);
            predicates.Add(t => must.All(m => Matches(t, m.Field, m.Value)) && (should.Count == 0 || should.Any(s => Matches(t, s.Field, s.Value))));
        }

        if (q?["filters"] is GqlList filters)
        {
            foreach (var filter in filters.Items.OfType<GqlObject>())
            {
                var field = Name(filter["field"]);
                var values = (filter["values"] as GqlList)?.Items.OfType<GqlObject>()
                    .Select(v => (Not: v["not"] is GqlBool { Value: true }, Value: Text(v["value"]))).ToList() ?? [];
                predicates.Add(t =>
                    values.Where(v => !v.Not).DefaultIfEmpty((Not: false, Value: "*")).Any(v => Matches(t, field, v.Value))
                    && !values.Where(v => v.Not).Any(v => Matches(t, field, v.Value)));
            }
        }

        if (q?["ranges"] is GqlObject range)
        {
            var field = Name(range["field"]);
            var from = Date(range["from"]);
            var to = Date(range["to"]);
            predicates.Add(t =>
            {
                var value = field == "statusdate" ? t.StatusDate : t.ArrivalTime;
                return (from is null || value >= from) && (to is null || value < to);
            });
        }

        if (q?["contentKeyFilters"] is GqlList keys)
        {
            foreach (var key in keys.Items.OfType<GqlObject>())
            {
                var name = Text(key["key"]);
                var pattern = Wildcard(Text(key["value"]));
                predicates.Add(t => t.ContentKeys.Any(k => k.Key.Equals(name, StringComparison.OrdinalIgnoreCase) && pattern.IsMatch(k.Value)));
            }
        }

        return new Request(
            count,
            offset,
            q?["scroll"] is GqlBool { Value: true },
            sort is null ? "arrivaltime" : Name(sort["field"]),
            sort?["type"] is GqlEnum { Name: var type } && type.Equals("DESC", StringComparison.OrdinalIgnoreCase),
            t => predicates.All(p => p(t)));
    }

    public static IReadOnlyList<TgTransaction> Filter(IEnumerable<TgTransaction> all, Request request)
    {
        var matching = all.Where(request.Matches);
        var sorted = request.SortField == "statusdate"
            ? matching.OrderBy(t => t.StatusDate).ThenBy(t => t.TransactionId, StringComparer.Ordinal)
            : matching.OrderBy(t => t.ArrivalTime).ThenBy(t => t.TransactionId, StringComparer.Ordinal);
        var list = sorted.ToList();
        if (request.Descending)
        {
            list.Reverse();
        }

        return list;
    }

    public static Dictionary<string, object?> ToLens(TgTransaction t) => new()
    {
        ["transactionid"] = t.TransactionId,
        ["correlationid"] = t.CorrelationId,
        ["parenttransactionid"] = t.ParentTransactionId,
        ["transactionlevel"] = t.TransactionLevel,
        ["sendername"] = t.SenderName,
        ["senderaddress"] = t.SenderAddress,
        ["receivername"] = t.ReceiverName,
        ["receiveraddress"] = t.ReceiverAddress,
        ["editype"] = t.EdiType,
        ["standardversion"] = t.StandardVersion,
        ["status"] = t.Status,
        ["statusdate"] = t.StatusDate,
        ["arrivaltime"] = t.ArrivalTime,
        ["errorcode"] = t.ErrorCode,
        ["errortype"] = t.ErrorType,
        ["externalerrormessage"] = t.ExternalErrorMessage,
        ["receiveackstatus"] = t.ReceiveAckStatus,
        ["deliverystatus"] = t.DeliveryStatus,
        ["contentkeys"] = t.ContentKeys.Select(k => new Dictionary<string, string> { ["key"] = k.Key, ["value"] = k.Value }).ToArray(),
    };

    /// <summary>A field's value; <c>null</c> for a field the emulator does not keep (it then matches nothing).</summary>
    internal static string? Value(TgTransaction t, string field) => field.ToLowerInvariant() switch
    {
        "transactionid" => t.TransactionId,
        "correlationid" => t.CorrelationId,
        "parenttransactionid" => t.ParentTransactionId,
        "transactionlevel" => t.TransactionLevel,
        "sendername" => t.SenderName,
        "senderaddress" => t.SenderAddress,
        "receivername" => t.ReceiverName,
        "receiveraddress" => t.ReceiverAddress,
        "editype" => t.EdiType,
        "standardversion" => t.StandardVersion,
        "status" => t.Status,
        "errorcode" => t.ErrorCode,
        "errortype" => t.ErrorType,
        "externalerrormessage" => t.ExternalErrorMessage,
        "receiveackstatus" => t.ReceiveAckStatus,
        "deliverystatus" => t.DeliveryStatus,
        "arrivaltime" => t.ArrivalTime.ToString("O", CultureInfo.InvariantCulture),
        "statusdate" => t.StatusDate.ToString("O", CultureInfo.InvariantCulture),
        _ => null,
    };

    internal static IEnumerable<string> AllValues(TgTransaction t)
        => new[] { t.TransactionId, t.CorrelationId, t.TransactionLevel, t.SenderName, t.SenderAddress, t.ReceiverName, t.ReceiverAddress, t.EdiType, t.Status, t.ErrorCode, t.ExternalErrorMessage, t.DeliveryStatus }
            .Concat(t.ContentKeys.Select(k => k.Value))
            .OfType<string>();

    internal static bool Matches(TgTransaction t, string field, string pattern)
    {
        var value = Value(t, field);
        return pattern == "*" ? !string.IsNullOrEmpty(value) : value is not null && Wildcard(pattern).IsMatch(value);
    }

    internal static Regex Wildcard(string pattern)
        => new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    private static List<(string Field, string Value)> Clauses(GqlNode? node)
        => node is GqlList list
            ? [.. list.Items.OfType<GqlObject>().Select(c => (Name(c["field"]), Text(c["query"])))]
            : [];

    private static string Name(GqlNode? node) => node switch
    {
        GqlEnum e => e.Name.ToLowerInvariant(),
        GqlString s => s.Value.ToLowerInvariant(),
        _ => throw new FormatException("A field name is missing."),
    };

    private static string Text(GqlNode? node) => node is GqlString s ? s.Value : throw new FormatException("A string value is missing.");

    private static DateTimeOffset? Date(GqlNode? node)
        => node is GqlString s ? DateTimeOffset.Parse(s.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;
}
