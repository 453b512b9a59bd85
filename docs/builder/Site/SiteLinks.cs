using Connectors.Docs.Builder.Checks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Connectors.Docs.Builder.Site;

/// <summary>Where a page's links lead: other pages (as <c>docs/</c>-relative paths) or files of the repository.</summary>
internal static class SiteLinks
{
    /// <summary>The repository that links to source files point at in the rendered site.</summary>
    public const string RepositoryBlob = "https://github.com/connectors-sdk/connectors/blob/main/";

    public static IEnumerable<string> PageTargets(DocsPage page)
    {
        foreach (var link in Markdown.Parse(page.Markdown).Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url && !LinkCheck.IsExternal(url) && DocsTarget(page, LinkCheck.Split(url).Target) is { } target
                && target.EndsWith(".md", StringComparison.Ordinal))
            {
                yield return target;
            }
        }
    }

    /// <summary>Rewrites the links of a parsed page for the site: pages to <c>.html</c>, files outside docs to the repository.</summary>
    public static void Rewrite(DocsPage page, MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url || LinkCheck.IsExternal(url) || url.StartsWith('#'))
            {
                continue;
            }

            var (target, anchor) = LinkCheck.Split(url);
            var suffix = anchor is null ? string.Empty : "#" + anchor;
            if (DocsTarget(page, target) is { } docs && docs.EndsWith(".md", StringComparison.Ordinal))
            {
                link.Url = Path.ChangeExtension(target, ".html") + suffix;
            }
            else
            {
                link.Url = RepositoryBlob + RepositoryPath(page, target) + suffix;
            }
        }
    }

    private static string? DocsTarget(DocsPage page, string target)
    {
        if (target.Length == 0 || target.StartsWith('/'))
        {
            return target.StartsWith("/docs/", StringComparison.Ordinal) ? target["/docs/".Length..] : null;
        }

        var combined = Normalize(Path.Combine(Path.GetDirectoryName(page.Path) ?? string.Empty, target));
        return combined.StartsWith("../", StringComparison.Ordinal) ? null : combined;
    }

    private static string RepositoryPath(DocsPage page, string target)
        => target.StartsWith('/') ? target.TrimStart('/') : Normalize(Path.Combine("docs", Path.GetDirectoryName(page.Path) ?? string.Empty, target));

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else
                {
                    parts.Add(part);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
