using System.Globalization;
using System.Text.RegularExpressions;

namespace Connectors.Emulators.TradingGrid;

/// <summary>
/// Runs the subset of Lens's <c>getTransactions(query: {...})</c> GraphQL arguments the emulator understands:
/// <c>count</c>, <c>offset</c>, <c>fields.must</c>/<c>fields.should</c> (<c>{field: x query: "v"}</c>, <c>*</c> wildcards),
/// <c>ranges</c> (<c>arrivaltime</c>/<c>statusdate</c>), <c>sortby</c> and simple <c>field:value</c> terms in <c>query</c>.
/// The selection set is ignored: every documented field is returned.
/// </summary>
internal static partial class TransactionSearch
{
    internal sealed record Request(int Count, int Offset, IReadOnlyList<(string Field, string Value)> Must, IReadOnlyList<(string Field, string Value)> Should,
        string? RangeField, DateTimeOffset? From, DateTimeOffset? To, string SortField, bool Descending, IReadOnlyList<(string Field, string Value)> Terms)
    {
        // filters: [{ field: x values: [{ not: false value: "a" }, ...] }]: any included value matches and no excluded one does.
        public IReadOnlyList<(string Field, IReadOnlyList<(bool Not, string Value)> Values)> Filters { get; init; } = [];
    }

    public static Request Parse(string graphQl, int maxCount)
    {
        var start = graphQl.IndexOf("getTransactions", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new FormatException("Only the getTransactions query is supported.");
        }

        var args = graphQl[start..];
        var fieldsBlock = Block(args, "fields");
        var rangesBlock = Block(args, "ranges");
        var filtersBlock = Block(args, "filters", '[', ']');
        var rest = args;
        foreach (var block in new[] { fieldsBlock, rangesBlock, filtersBlock })
        {
            if (block is not null)
            {
                rest = rest.Replace(block, string.Empty, StringComparison.Ordinal);
            }
        }

        var count = Int(CountPattern().Match(rest), 25);
        if (count < 1 || count > maxCount)
        {
            throw new FormatException($"count must be between 1 and {maxCount}.");
        }

        var offset = Int(OffsetPattern().Match(rest), 0);
        DateTimeOffset? from = null, to = null;
        string? rangeField = null;
        if (rangesBlock is not null)
        {
            rangeField = FieldPattern().Match(rangesBlock) is { Success: true } f ? f.Groups[1].Value.ToLowerInvariant() : null;
            from = Date(FromPattern().Match(rangesBlock));
            to = Date(ToPattern().Match(rangesBlock));
        }

        var sort = SortPattern().Match(rest);
        var terms = new List<(string, string)>();
        if (QueryPattern().Match(rest) is { Success: true } q)
        {
            foreach (var term in q.Groups[1].Value.Split(" AND ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var colon = term.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new FormatException($"Unsupported query term '{term}': the emulator understands field:value terms joined by AND.");
                }

                terms.Add((term[..colon].ToLowerInvariant(), Unescape(term[(colon + 1)..])));
            }
        }

        return new Request(count, offset, Clauses(fieldsBlock, "must"), Clauses(fieldsBlock, "should"), rangeField, from, to,
            sort.Success ? sort.Groups[1].Value.ToLowerInvariant() : "arrivaltime",
            sort.Success && sort.Groups[2].Value.Equals("DESC", StringComparison.OrdinalIgnoreCase), terms)
        {
            Filters = Filters(filtersBlock),
        };
    }

    public static IReadOnlyList<TgTransaction> Filter(IEnumerable<TgTransaction> all, Request request)
    {
        var query = all.Where(t =>
            request.Must.All(c => Matches(t, c.Field, c.Value))
            && (request.Should.Count == 0 || request.Should.Any(c => Matches(t, c.Field, c.Value)))
            && request.Terms.All(c => Matches(t, c.Field, c.Value))
            && request.Filters.All(f =>
                f.Values.Where(v => !v.Not).DefaultIfEmpty((Not: false, Value: "*")).Any(v => Matches(t, f.Field, v.Value))
                && !f.Values.Where(v => v.Not).Any(v => Matches(t, f.Field, v.Value)))
            && InRange(t, request));
        var sorted = request.SortField == "statusdate"
            ? query.OrderBy(t => t.StatusDate).ThenBy(t => t.TransactionId, StringComparer.Ordinal)
            : query.OrderBy(t => t.ArrivalTime).ThenBy(t => t.TransactionId, StringComparer.Ordinal);
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

    private static string? Value(TgTransaction t, string field) => field.ToLowerInvariant() switch
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
        _ => throw new FormatException($"Unknown field '{field}'."),
    };

    private static bool Matches(TgTransaction t, string field, string pattern)
    {
        var value = Value(t, field);
        if (pattern == "*")
        {
            return !string.IsNullOrEmpty(value);
        }

        return value is not null && (pattern.EndsWith('*')
            ? value.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : value.Equals(pattern, StringComparison.OrdinalIgnoreCase));
    }

    private static bool InRange(TgTransaction t, Request request)
    {
        if (request.RangeField is null)
        {
            return true;
        }

        var value = request.RangeField == "statusdate" ? t.StatusDate : t.ArrivalTime;
        return (request.From is null || value >= request.From) && (request.To is null || value < request.To);
    }

    private static List<(string, string)> Clauses(string? fieldsBlock, string kind)
    {
        var result = new List<(string, string)>();
        if (fieldsBlock is null || Block(fieldsBlock, kind, '[', ']') is not { } list)
        {
            return result;
        }

        foreach (Match m in ClausePattern().Matches(list))
        {
            result.Add((m.Groups[1].Value.ToLowerInvariant(), Unescape(m.Groups[2].Value)));
        }

        return result;
    }

    private static List<(string, IReadOnlyList<(bool, string)>)> Filters(string? filtersBlock)
    {
        var result = new List<(string, IReadOnlyList<(bool, string)>)>();
        if (filtersBlock is null)
        {
            return result;
        }

        foreach (Match m in FilterPattern().Matches(filtersBlock))
        {
            var values = FilterValuePattern().Matches(m.Groups[2].Value)
                .Select(v => (v.Groups[1].Value == "true", Unescape(v.Groups[2].Value)))
                .ToList();
            result.Add((m.Groups[1].Value.ToLowerInvariant(), values));
        }

        return result;
    }

    // Returns "name: { ... }" (balanced) or null.
    private static string? Block(string text, string name, char open = '{', char close = '}')
    {
        var match = Regex.Match(text, $@"\b{name}\s*:\s*\{open}");
        if (!match.Success)
        {
            return null;
        }

        var depth = 0;
        var inString = false;
        for (var i = match.Index + match.Length - 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && text[i - 1] != '\\')
            {
                inString = !inString;
            }
            else if (!inString && c == open)
            {
                depth++;
            }
            else if (!inString && c == close && --depth == 0)
            {
                return text[match.Index..(i + 1)];
            }
        }

        throw new FormatException($"Unbalanced '{name}' argument.");
    }

    private static int Int(Match match, int fallback)
        => match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : fallback;

    private static DateTimeOffset? Date(Match match)
        => match.Success ? DateTimeOffset.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    private static string Unescape(string value) => Regex.Unescape(value);

    [GeneratedRegex(@"\bcount\s*:\s*(-?\d+)")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"\boffset\s*:\s*(-?\d+)")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"\bfield\s*:\s*(\w+)")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"\bfrom\s*:\s*""([^""]*)""")]
    private static partial Regex FromPattern();

    [GeneratedRegex(@"\bto\s*:\s*""([^""]*)""")]
    private static partial Regex ToPattern();

    [GeneratedRegex(@"\bsortby\s*:\s*\{\s*field\s*:\s*(\w+)\s*,?\s*type\s*:\s*(ASC|DESC)", RegexOptions.IgnoreCase)]
    private static partial Regex SortPattern();

    [GeneratedRegex(@"\bquery\s*:\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex QueryPattern();

    [GeneratedRegex(@"\{\s*field\s*:\s*(\w+)\s*,?\s*values\s*:\s*\[(.*?)\]\s*\}", RegexOptions.Singleline)]
    private static partial Regex FilterPattern();

    [GeneratedRegex(@"\{\s*not\s*:\s*(true|false)\s*,?\s*value\s*:\s*""((?:[^""\\]|\\.)*)""\s*\}")]
    private static partial Regex FilterValuePattern();

    [GeneratedRegex(@"\{\s*field\s*:\s*(\w+)\s*,?\s*query\s*:\s*""((?:[^""\\]|\\.)*)""\s*\}")]
    private static partial Regex ClausePattern();
}
