using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Connectors.Emulators.TradingGrid.Lens;

/// <summary>
/// Reads the Lens GraphQL documents OpenText's Lens collection sends: <c>getTransactions</c> with an optional
/// <c>(query: {…})</c> argument and a selection set. Comments (<c>#</c>), commas and any whitespace are allowed, as in
/// GraphQL. <see cref="Normalize"/> writes the arguments in one canonical form, so two documents that ask the same
/// thing compare equal however they are laid out.
/// </summary>
public static class LensGraphQl
{
    /// <summary>A parsed document: the <c>query</c> argument (or <c>null</c>) and the selected field names.</summary>
    /// <param name="Query">The <c>getTransactions(query: {…})</c> object, or <c>null</c> when there are no arguments.</param>
    /// <param name="Selection">The selected fields: top level, and <c>transactions.x</c> for the transaction fields.</param>
    public sealed record Document(GqlObject? Query, IReadOnlyList<string> Selection);

    /// <summary>Parses a document.</summary>
    /// <param name="text">The GraphQL text.</param>
    /// <exception cref="FormatException">It is not a <c>getTransactions</c> query the emulator can read.</exception>
    public static Document Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        if (!reader.TryConsume('{'))
        {
            // query [Name] [($variables)] { … }
            if (reader.Name() != "query")
            {
                throw new FormatException("Only a query operation is supported.");
            }

            if (!reader.TryConsume('{'))
            {
                if (reader.TryConsume('('))
                {
                    reader.SkipPast(')');
                }
                else
                {
                    reader.Name();
                    if (reader.TryConsume('('))
                    {
                        reader.SkipPast(')');
                    }
                }

                reader.Expect('{');
            }
        }

        if (reader.Name() != "getTransactions")
        {
            throw new FormatException("Only the getTransactions query is supported.");
        }

        GqlObject? query = null;
        if (reader.TryConsume('('))
        {
            while (!reader.TryConsume(')'))
            {
                var name = reader.Name();
                reader.Expect(':');
                var value = reader.Value();
                if (name == "query")
                {
                    query = value as GqlObject ?? throw new FormatException("getTransactions(query: …) must be an object.");
                }
            }
        }

        var selection = new List<string>();
        reader.Expect('{');
        ReadSelection(reader, string.Empty, selection);
        return new Document(query, selection);
    }

    /// <summary>The arguments of a document in canonical form (object fields sorted, no layout), or an empty string.</summary>
    /// <param name="text">The GraphQL text.</param>
    public static string Normalize(string text) => Parse(text).Query?.ToString() ?? string.Empty;

    private static void ReadSelection(Reader reader, string prefix, List<string> selection)
    {
        while (!reader.TryConsume('}'))
        {
            var name = reader.Name();
            selection.Add(prefix + name);
            if (reader.TryConsume('('))
            {
                while (!reader.TryConsume(')'))
                {
                    reader.Name();
                    reader.Expect(':');
                    reader.Value();
                }
            }

            if (reader.TryConsume('{'))
            {
                ReadSelection(reader, prefix + name + ".", selection);
            }
        }
    }

    private sealed class Reader(string text)
    {
        private int _at;

        public void SkipPast(char c)
        {
            while (Peek() is { } next)
            {
                _at++;
                if (next == c)
                {
                    return;
                }
            }

            throw new FormatException($"Expected '{c}'.");
        }

        public bool TryConsume(char c)
        {
            if (Peek() == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        public void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw new FormatException($"Expected '{c}' at {_at}.");
            }
        }

        public string Name()
        {
            var start = Skip();
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] == '_'))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw new FormatException($"Expected a name at {start}.");
        }

        public GqlNode Value()
        {
            var c = Peek() ?? throw new FormatException("Unexpected end of the document.");
            if (c == '"')
            {
                return new GqlString(String());
            }

            if (c == '[')
            {
                _at++;
                var items = new List<GqlNode>();
                while (!TryConsume(']'))
                {
                    items.Add(Value());
                }

                return new GqlList(items);
            }

            if (c == '{')
            {
                _at++;
                var fields = new List<KeyValuePair<string, GqlNode>>();
                while (!TryConsume('}'))
                {
                    var field = Name();
                    Expect(':');
                    fields.Add(new(field, Value()));
                }

                return new GqlObject(fields);
            }

            if (c == '-' || char.IsDigit(c))
            {
                var start = _at++;
                while (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] is '.' or 'e' or 'E' or '-' or '+'))
                {
                    _at++;
                }

                return new GqlNumber(text[start.._at]);
            }

            var name = Name();
            return name switch
            {
                "true" => new GqlBool(true),
                "false" => new GqlBool(false),
                "null" => GqlNull.Instance,
                _ => new GqlEnum(name),
            };
        }

        private string String()
        {
            var start = Skip();
            _at++;
            var value = new StringBuilder();
            while (_at < text.Length && text[_at] != '"')
            {
                if (text[_at] == '\\' && _at + 1 < text.Length)
                {
                    var escaped = text[++_at];
                    if (escaped == 'u' && _at + 4 < text.Length)
                    {
                        value.Append((char)int.Parse(text.AsSpan(_at + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _at += 4;
                    }
                    else
                    {
                        value.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
                    }
                }
                else
                {
                    value.Append(text[_at]);
                }

                _at++;
            }

            if (_at >= text.Length)
            {
                throw new FormatException($"Unterminated string at {start}.");
            }

            _at++;
            return value.ToString();
        }

        private char? Peek()
        {
            Skip();
            return _at < text.Length ? text[_at] : null;
        }

        // Whitespace, commas and # comments are insignificant in GraphQL.
        private int Skip()
        {
            while (_at < text.Length)
            {
                if (char.IsWhiteSpace(text[_at]) || text[_at] == ',')
                {
                    _at++;
                }
                else if (text[_at] == '#')
                {
                    while (_at < text.Length && text[_at] != '\n')
                    {
                        _at++;
                    }
                }
                else
                {
                    break;
                }
            }

            return _at;
        }
    }
}

/// <summary>A GraphQL input value.</summary>
public abstract record GqlNode;

/// <summary>A string literal.</summary>
/// <param name="Value">The value, unescaped.</param>
public sealed record GqlString(string Value) : GqlNode
{
    /// <inheritdoc />
    public override string ToString() => JsonSerializer.Serialize(Value, LensGraphQlJson.Default.String);
}

/// <summary>An enum value (a bare name, e.g. <c>arrivaltime</c>, <c>ASC</c>).</summary>
/// <param name="Name">The name.</param>
public sealed record GqlEnum(string Name) : GqlNode
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A number, as written.</summary>
/// <param name="Text">The digits.</param>
public sealed record GqlNumber(string Text) : GqlNode
{
    /// <summary>The value as an integer.</summary>
    public long AsLong() => long.Parse(Text, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A boolean.</summary>
/// <param name="Value">The value.</param>
public sealed record GqlBool(bool Value) : GqlNode
{
    /// <inheritdoc />
    public override string ToString() => Value ? "true" : "false";
}

/// <summary><c>null</c>.</summary>
public sealed record GqlNull : GqlNode
{
    /// <summary>The one null.</summary>
    public static GqlNull Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "null";
}

/// <summary>A list.</summary>
/// <param name="Items">The items.</param>
public sealed record GqlList(IReadOnlyList<GqlNode> Items) : GqlNode
{
    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(" ", Items) + "]";
}

/// <summary>An input object; <see cref="ToString"/> sorts its fields, so field order does not matter.</summary>
/// <param name="Fields">The fields, in document order.</param>
public sealed record GqlObject(IReadOnlyList<KeyValuePair<string, GqlNode>> Fields) : GqlNode
{
    /// <summary>A field's value, or <c>null</c>.</summary>
    /// <param name="name">The field name.</param>
    public GqlNode? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(" ", Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}")) + "}";
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class LensGraphQlJson : System.Text.Json.Serialization.JsonSerializerContext;
