using System.Text;

namespace Connectors.Docs.Builder.Snippets;

/// <summary>
/// Keeps the snippet blocks of a page equal to their source: <c>&lt;!-- snippet: name --&gt;</c>, a fenced C# block,
/// <c>&lt;!-- endSnippet --&gt;</c>. A C# block outside such a region is a warning: it is not compiled anywhere.
/// </summary>
internal static class SnippetBlocks
{
    private const string Open = "<!-- snippet:";
    private const string Close = "<!-- endSnippet -->";

    /// <summary>Returns the page with every snippet block rewritten from its source.</summary>
    public static string Apply(string file, string markdown, IReadOnlyDictionary<string, Snippet> snippets, DocsReport report)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new StringBuilder(markdown.Length);
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (!inFence && trimmed.StartsWith(Open, StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal))
            {
                var name = trimmed[Open.Length..^3].Trim();
                var close = Array.FindIndex(lines, i + 1, l => l.Trim() == Close);
                if (close < 0)
                {
                    report.Warn(file, i + 1, $"snippet block '{name}' has no '{Close}'");
                    Append(output, line, i, lines.Length);
                    continue;
                }

                if (!snippets.TryGetValue(name, out var snippet))
                {
                    report.Warn(file, i + 1, $"no compiled code defines snippet '{name}' (mark it with // begin-snippet: {name})");
                    for (var j = i; j <= close; j++)
                    {
                        Append(output, lines[j], j, lines.Length);
                    }
                }
                else
                {
                    Append(output, Render(snippet), close, lines.Length);
                }

                i = close;
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (!inFence && IsCSharp(trimmed[3..].Trim()))
                {
                    report.Warn(file, i + 1, "C# code block outside a snippet region: move it into compiled code and reference it with <!-- snippet: name -->");
                }

                inFence = !inFence;
            }

            Append(output, line, i, lines.Length);
        }

        return output.ToString();
    }

    internal static string Render(Snippet snippet)
        => $"<!-- snippet: {snippet.Name} -->\n```cs\n{snippet.Code}\n```\n<sup>[snippet source](/{snippet.File})</sup>\n{Close}";

    private static bool IsCSharp(string info) => info is "cs" or "csharp" or "c#" or "C#";

    private static void Append(StringBuilder output, string text, int index, int count)
    {
        output.Append(text);
        if (index < count - 1)
        {
            output.Append('\n');
        }
    }
}
