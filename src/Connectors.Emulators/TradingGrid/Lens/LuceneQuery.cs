namespace Connectors.Emulators.TradingGrid.Lens;

/// <summary>
/// The search-box <c>query</c> strings of OpenText's Lens collection (e.g. <c>SYS* AND 850 AND DOCUMENT</c>,
/// <c>(status:F OR meta.errorcode:* OR (meta.errorcount:* AND -meta.errorcount:0))</c>): terms and <c>field:value</c>
/// pairs joined by <c>AND</c> (also implied), <c>OR</c>, negated by <c>-</c> or <c>NOT</c>, grouped by parentheses.
/// A bare term matches any field or content key; <c>meta.</c> is dropped from field names; a field the emulator does
/// not keep matches nothing.
/// </summary>
internal static class LuceneQuery
{
    public static Func<TgTransaction, bool> Parse(string query)
    {
        var tokens = Tokenize(query);
        var at = 0;
        var result = Or(tokens, ref at);
        return at == tokens.Count ? result : throw new FormatException($"Unexpected '{tokens[at]}' in the query.");
    }

    private static Func<TgTransaction, bool> Or(List<string> tokens, ref int at)
    {
        var parts = new List<Func<TgTransaction, bool>> { And(tokens, ref at) };
        while (at < tokens.Count && tokens[at] == "OR")
        {
            at++;
            parts.Add(And(tokens, ref at));
        }

        return parts.Count == 1 ? parts[0] : t => parts.Any(p => p(t));
    }

    private static Func<TgTransaction, bool> And(List<string> tokens, ref int at)
    {
        var parts = new List<Func<TgTransaction, bool>> { Unary(tokens, ref at) };
        while (at < tokens.Count && tokens[at] is not ("OR" or ")"))
        {
            if (tokens[at] == "AND")
            {
                at++;
            }

            parts.Add(Unary(tokens, ref at));
        }

        return parts.Count == 1 ? parts[0] : t => parts.All(p => p(t));
    }

    private static Func<TgTransaction, bool> Unary(List<string> tokens, ref int at)
    {
        if (at >= tokens.Count)
        {
            throw new FormatException("The query ends where a term was expected.");
        }

        var token = tokens[at++];
        if (token is "-" or "NOT")
        {
            var inner = Unary(tokens, ref at);
            return t => !inner(t);
        }

        if (token == "(")
        {
            var inner = Or(tokens, ref at);
            if (at >= tokens.Count || tokens[at++] != ")")
            {
                throw new FormatException("A '(' in the query is not closed.");
            }

            return inner;
        }

        return Term(token);
    }

    private static Func<TgTransaction, bool> Term(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        var field = colon > 0 ? token[..colon] : null;
        if (field is not null && !field.All(c => char.IsLetterOrDigit(c) || c is '.' or '_'))
        {
            field = null; // a value with a colon in it, e.g. ZZ:DEMORETAILER
        }

        var value = (field is null ? token : token[(colon + 1)..]).Trim('"');
        if (field is null)
        {
            var pattern = LensSearch.Wildcard(value.Contains('*', StringComparison.Ordinal) || value.Contains('?', StringComparison.Ordinal) ? value : "*" + value + "*");
            return t => LensSearch.AllValues(t).Any(pattern.IsMatch);
        }

        var name = field.StartsWith("meta.", StringComparison.OrdinalIgnoreCase) ? field["meta.".Length..] : field;
        return t => LensSearch.Matches(t, name, value);
    }

    private static List<string> Tokenize(string query)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '-' && (tokens.Count == 0 || tokens[^1] is "(" or "AND" or "OR" or "NOT" or "-" || i == 0 || char.IsWhiteSpace(query[i - 1])))
            {
                tokens.Add("-");
                i++;
            }
            else
            {
                var start = i;
                var quoted = false;
                while (i < query.Length && (quoted || !(char.IsWhiteSpace(query[i]) || query[i] is '(' or ')')))
                {
                    if (query[i] == '"')
                    {
                        quoted = !quoted;
                    }

                    i++;
                }

                tokens.Add(query[start..i]);
            }
        }

        return tokens;
    }
}
