using Connectors.Docs.Builder.Checks;
using Connectors.Docs.Builder.Site;
using Connectors.Docs.Builder.Snippets;

namespace Connectors.Docs.Builder;

/// <summary>
/// One docs build: pull snippets from compiled code into the pages (or report the pages that are out of date),
/// check links and navigation, and write the pages as the DocFX project of the site (DocFX adds the API reference
/// and renders it: scripts/build-docs.sh). Any warning fails the build.
/// </summary>
internal static class DocsBuild
{
    public static DocsReport Run(string root, bool update, string? outputFolder)
    {
        var report = new DocsReport();
        var snippets = SnippetReader.ReadAll(root, report);
        var docs = Path.Combine(root, "docs");
        var pages = new List<DocsPage>();
        foreach (var file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(docs, file).Replace('\\', '/');
            if (path.StartsWith("builder/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var applied = SnippetBlocks.Apply("docs/" + path, text, snippets, report);
            if (applied != text)
            {
                if (update)
                {
                    File.WriteAllText(file, applied);
                }
                else
                {
                    report.Warn("docs/" + path, 1, "snippets are out of date with their source: run the docs builder with --update");
                }
            }

            pages.Add(new DocsPage(path, applied));
        }

        CheckReadme(root, snippets, update, report);
        LinkCheck.Run(root, pages, report);
        NavigationCheck.Run(pages, report);
        if (outputFolder is not null && pages.Exists(p => p.Path == "index.md"))
        {
            StagedSite.Write(pages, outputFolder);
        }

        return report;
    }

    private static void CheckReadme(string root, IReadOnlyDictionary<string, Snippet> snippets, bool update, DocsReport report)
    {
        var file = Path.Combine(root, "README.md");
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var applied = SnippetBlocks.Apply("README.md", text, snippets, report);
        if (applied == text)
        {
            return;
        }

        if (update)
        {
            File.WriteAllText(file, applied);
        }
        else
        {
            report.Warn("README.md", 1, "snippets are out of date with their source: run the docs builder with --update");
        }
    }
}
