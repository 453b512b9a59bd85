namespace Connectors.Docs.Builder.Snippets;

/// <summary>Reads <c>// begin-snippet: name</c> … <c>// end-snippet</c> regions from the C# files of the repository.</summary>
internal static class SnippetReader
{
    private const string Begin = "// begin-snippet:";
    private const string End = "// end-snippet";
    private static readonly string[] Folders = ["src", "samples", "tests", "docs"];

    public static Dictionary<string, Snippet> ReadAll(string root, DocsReport report)
    {
        var snippets = new Dictionary<string, Snippet>(StringComparer.Ordinal);
        foreach (var file in Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
                     .SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
                     .Where(f => !IsBuildOutput(f))
                     .Order(StringComparer.Ordinal))
        {
            Read(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllLines(file), snippets, report);
        }

        return snippets;
    }

    internal static void Read(string file, string[] lines, Dictionary<string, Snippet> snippets, DocsReport report)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (!text.StartsWith(Begin, StringComparison.Ordinal))
            {
                continue;
            }

            var name = text[Begin.Length..].Trim();
            var end = Array.FindIndex(lines, i + 1, l => l.Trim().StartsWith(End, StringComparison.Ordinal));
            if (end < 0)
            {
                report.Warn(file, i + 1, $"snippet '{name}' has no '{End}'");
                return;
            }

            if (snippets.TryGetValue(name, out var first))
            {
                report.Warn(file, i + 1, $"snippet '{name}' is also defined in {first.File}({first.Line})");
            }
            else
            {
                snippets[name] = new Snippet(name, Dedent(lines.AsSpan(i + 1, end - i - 1)), file, i + 1);
            }

            i = end;
        }
    }

    internal static string Dedent(ReadOnlySpan<string> lines)
    {
        var indent = int.MaxValue;
        foreach (var line in lines)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                indent = Math.Min(indent, line.Length - line.TrimStart().Length);
            }
        }

        var result = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            result.Add(string.IsNullOrWhiteSpace(line) ? string.Empty : line[indent..].TrimEnd());
        }

        return string.Join('\n', result).Trim('\n');
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
