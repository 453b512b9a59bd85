using Connectors.Docs.Builder.Site;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Connectors.Docs.Builder.Checks;

/// <summary>
/// Every relative link of a page must point at a file that exists, and every <c>#anchor</c> into a page at one of
/// its headings. Links starting with <c>/</c> are relative to the repository root. Web addresses are not followed;
/// <c>xref:</c> links into the API reference are DocFX's to resolve (an unknown uid is a DocFX warning, and the
/// site build fails on warnings).
/// </summary>
internal static class LinkCheck
{
    public static void Run(string root, IReadOnlyList<DocsPage> pages, DocsReport report)
    {
        var anchors = pages.ToDictionary(p => p.Path, p => Markdown.Anchors(Markdown.Parse(p.Markdown)), StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var file = "docs/" + page.Path;
            var document = Markdown.Parse(page.Markdown);
            foreach (var link in document.Descendants<LinkInline>())
            {
                if (link.Url is not { Length: > 0 } url || SiteLinks.IsExternalOrXref(url))
                {
                    continue;
                }

                var line = link.Line + 1;
                var (target, anchor) = Split(url);
                if (target.Length == 0)
                {
                    if (anchor is not null && !anchors[page.Path].Contains(anchor))
                    {
                        report.Warn(file, line, $"no heading '#{anchor}' on this page");
                    }

                    continue;
                }

                var full = target.StartsWith('/')
                    ? Path.GetFullPath(Path.Combine(root, target.TrimStart('/')))
                    : Path.GetFullPath(Path.Combine(root, "docs", Path.GetDirectoryName(page.Path) ?? string.Empty, target));
                var docsRelative = Path.GetRelativePath(Path.Combine(root, "docs"), full).Replace('\\', '/');
                if (!anchors.ContainsKey(docsRelative) && !File.Exists(full) && !Directory.Exists(full))
                {
                    report.Warn(file, line, $"link target '{target}' does not exist");
                    continue;
                }

                if (anchor is not null && anchors.TryGetValue(docsRelative, out var targetAnchors) && !targetAnchors.Contains(anchor))
                {
                    report.Warn(file, line, $"'{target}' has no heading '#{anchor}'");
                }
            }
        }
    }

    internal static bool IsExternal(string url)
        => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal);

    internal static (string Target, string? Anchor) Split(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
    }
}
