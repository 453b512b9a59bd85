using Connectors.Docs.Builder.Site;

namespace Connectors.Docs.Builder.Checks;

/// <summary>Every page must be reachable from <c>docs/index.md</c> by links, or readers of the site never find it.</summary>
internal static class NavigationCheck
{
    public static void Run(IReadOnlyList<DocsPage> pages, DocsReport report)
    {
        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        if (!byPath.ContainsKey("index.md"))
        {
            report.Warn("docs/index.md", 0, "the site has no home page");
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { "index.md" };
        var queue = new Queue<string>(["index.md"]);
        while (queue.TryDequeue(out var path))
        {
            foreach (var target in SiteLinks.PageTargets(byPath[path]))
            {
                if (byPath.ContainsKey(target) && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        foreach (var page in pages.Where(p => !reached.Contains(p.Path)))
        {
            report.Warn("docs/" + page.Path, 1, "no page links here: link it from index.md or a page reachable from it");
        }
    }
}
