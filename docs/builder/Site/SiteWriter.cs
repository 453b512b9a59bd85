using System.Net;
using System.Text;
using Markdig.Renderers;

namespace Connectors.Docs.Builder.Site;

/// <summary>Writes the static site: one HTML file per page, with the home page's links as the navigation.</summary>
internal static class SiteWriter
{
    public static int Write(IReadOnlyList<DocsPage> pages, string outputFolder)
    {
        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var navigation = SiteLinks.PageTargets(byPath["index.md"]).Distinct().Where(byPath.ContainsKey).Prepend("index.md").Distinct().ToList();
        foreach (var page in pages)
        {
            var document = Markdown.Parse(page.Markdown);
            SiteLinks.Rewrite(page, document);
            using var body = new StringWriter();
            var renderer = new HtmlRenderer(body);
            Markdown.Pipeline.Setup(renderer);
            renderer.Render(document);
            var target = Path.Combine(outputFolder, page.HtmlPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Layout(page, body.ToString(), navigation.Select(p => byPath[p]).ToList()), Encoding.UTF8);
        }

        return pages.Count;
    }

    private static string Layout(DocsPage page, string body, IReadOnlyList<DocsPage> navigation)
    {
        var up = string.Concat(Enumerable.Repeat("../", page.Path.Count(c => c == '/')));
        var nav = new StringBuilder();
        foreach (var item in navigation)
        {
            var current = item.Path == page.Path ? " aria-current=\"page\"" : string.Empty;
            nav.Append(CultureInvariant($"<li><a href=\"{up}{item.HtmlPath}\"{current}>{WebUtility.HtmlEncode(item.Title)}</a></li>"));
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(page.Title)}} · Connectors</title>
            <style>
            body{margin:0;font:16px/1.55 system-ui,sans-serif;color:#1f2328;display:flex}
            nav{width:16rem;flex:none;padding:1.5rem 1rem;background:#f6f8fa;min-height:100vh;box-sizing:border-box}
            nav ul{list-style:none;padding:0;margin:0}nav li{margin:.3rem 0}nav a{color:#0969da;text-decoration:none}
            nav a[aria-current]{font-weight:600;color:#1f2328}
            main{padding:1.5rem 2.5rem;max-width:60rem;min-width:0}
            pre{background:#f6f8fa;padding:1rem;overflow:auto;border-radius:6px}code{font-size:.9em}
            table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3rem .6rem}
            </style>
            </head>
            <body>
            <nav><strong>Connectors</strong><ul>{{nav}}</ul></nav>
            <main>
            {{body}}
            </main>
            </body>
            </html>
            """;
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
