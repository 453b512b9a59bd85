using Connectors.Docs.Builder.Checks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Connectors.Docs.Builder.Site;

/// <summary>Where a page's links lead: other pages (as <c>docs/</c>-relative paths), files of the repository, or API pages (<c>xref:</c>).</summary>
internal static class SiteLinks
{
    /// <summary>The repository that links to source files point at in the rendered site.</summary>
    public const string RepositoryBlob = "https://github.com/connectors-sdk/connectors/blob/main/";

    public static IEnumerable<string> PageTargets(DocsPage page)
    {
        foreach (var link in Markdown.Parse(page.Markdown).Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url && !IsExternalOrXref(url) && DocsTarget(page, LinkCheck.Split(url).Target) is { } target
                && target.EndsWith(".md", StringComparison.Ordinal))
            {
                yield return target;
            }
        }
    }

    /// <summary>Whether a link leaves the repository (a web address) or is a DocFX cross reference (<c>xref:</c>, checked by DocFX).</summary>
    public static bool IsExternalOrXref(string url) => LinkCheck.IsExternal(url) || url.StartsWith("xref:", StringComparison.Ordinal);

    /// <summary>Whether a relative link of a page points at another page (a <c>.md</c> file under <c>docs/</c>, written relative to the page).</summary>
    public static bool IsPageLink(DocsPage page, string url)
    {
        var target = LinkCheck.Split(url).Target;
        return !target.StartsWith('/') && DocsTarget(page, target) is { } docs && docs.EndsWith(".md", StringComparison.Ordinal);
    }

    /// <summary>The address on GitHub of a file outside <c>docs/</c> that a page links to.</summary>
    public static string RepositoryUrl(DocsPage page, string url)
    {
        var (target, anchor) = LinkCheck.Split(url);
        return RepositoryBlob + RepositoryPath(page, target) + (anchor is null ? string.Empty : "#" + anchor);
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
