using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Connectors.Docs.Builder.Site;

/// <summary>
/// Writes the pages, snippets applied, as the DocFX project that becomes the site (docfx.json at the repository
/// root reads it): the pages under <c>guide/</c> with a <c>toc.yml</c> made of the home page's links, a copy of
/// the home page as the site's front page, and a root <c>toc.yml</c> with the guide and the API reference that
/// <c>docfx metadata</c> writes into <c>reference/</c>. Links to files outside <c>docs/</c> (source files,
/// samples) point at the repository on GitHub, where a reader of the site can open them.
/// </summary>
internal static class StagedSite
{
    public const string GuideFolder = "guide";
    public const string ReferenceFolder = "reference";

    public static void Write(IReadOnlyList<DocsPage> pages, string outputFolder)
    {
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }

        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            WriteFile(outputFolder, $"{GuideFolder}/{page.Path}", Rewrite(page, prefix: null));
        }

        var home = byPath["index.md"];
        WriteFile(outputFolder, "index.md", Rewrite(home, prefix: GuideFolder + "/"));

        var navigation = SiteLinks.PageTargets(home).Distinct().Where(byPath.ContainsKey).Prepend("index.md").Distinct();
        var guideToc = new StringBuilder();
        foreach (var path in navigation)
        {
            guideToc.Append("- name: ").Append(Yaml(byPath[path].Title)).Append('\n');
            guideToc.Append("  href: ").Append(path).Append('\n');
        }

        WriteFile(outputFolder, $"{GuideFolder}/toc.yml", guideToc.ToString());
        WriteFile(outputFolder, "toc.yml", $"- name: Guide\n  href: {GuideFolder}/\n- name: API reference\n  href: {ReferenceFolder}/\n");
    }

    /// <summary>
    /// The page's markdown with every link to a file outside <c>docs/</c> pointing at the repository, and (for the
    /// front page, which sits one folder above the guide) every link to a page moved under <paramref name="prefix"/>.
    /// </summary>
    internal static string Rewrite(DocsPage page, string? prefix)
    {
        var text = page.Markdown;
        var edits = new List<(int Start, int Length, string Url)>();
        foreach (var link in Markdown.Parse(text).Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url || link.UrlSpan.IsEmpty || SiteLinks.IsExternalOrXref(url) || url.StartsWith('#'))
            {
                continue;
            }

            if (text.Substring(link.UrlSpan.Start, link.UrlSpan.Length) != url)
            {
                throw new InvalidOperationException($"docs/{page.Path}({link.Line + 1}): the link '{url}' is written in a form the site builder cannot rewrite; write it as a plain (url)");
            }

            // An image (a screenshot under docs/images) is shown from the repository's raw file, not its HTML page.
            var rewritten = SiteLinks.IsPageLink(page, url) ? prefix + url
                : link.IsImage ? SiteLinks.RepositoryUrl(page, url) + "?raw=true"
                : SiteLinks.RepositoryUrl(page, url);
            if (rewritten != url)
            {
                edits.Add((link.UrlSpan.Start, link.UrlSpan.Length, rewritten));
            }
        }

        var builder = new StringBuilder(text);
        foreach (var (start, length, url) in edits.OrderByDescending(e => e.Start))
        {
            builder.Remove(start, length).Insert(start, url);
        }

        return builder.ToString();
    }

    private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void WriteFile(string root, string relative, string content)
    {
        var target = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
