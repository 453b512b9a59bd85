namespace Connectors.Docs.Builder.Site;

/// <summary>A markdown page under <c>docs/</c>.</summary>
/// <param name="Path">Path relative to <c>docs/</c>, with forward slashes.</param>
/// <param name="Markdown">The page's text (after snippets are applied).</param>
internal sealed record DocsPage(string Path, string Markdown)
{
    /// <summary>The output file of the page: the same path with <c>.html</c>.</summary>
    public string HtmlPath => System.IO.Path.ChangeExtension(Path, ".html");

    /// <summary>The text of the first level-one heading, else the file name.</summary>
    public string Title
    {
        get
        {
            var heading = Markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
            return heading is null ? System.IO.Path.GetFileNameWithoutExtension(Path) : heading[2..].Trim();
        }
    }
}
