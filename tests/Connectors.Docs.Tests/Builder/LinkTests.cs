using Connectors.Docs.Builder;
using Connectors.Docs.Builder.Checks;
using Connectors.Docs.Builder.Site;

namespace Connectors.Docs.Tests.Builder;

public sealed class LinkTests
{
    [Fact]
    public void Broken_files_and_anchors_are_warnings_and_good_links_are_not()
    {
        var report = new DocsReport();
        DocsPage[] pages =
        [
            new("index.md", "# Home\n[ok](guide.md#setting-up) [src](../src/Connectors.Core/Connectors.Core.csproj) [web](https://example.com/x.md)\n[gone](missing.md) [bad](guide.md#nowhere) [self](#home)"),
            new("guide.md", "# Guide\n## Setting up\n[root](/README.md) [here](#nope)"),
        ];

        LinkCheck.Run(Repository.Root, pages, report);

        Assert.Equal(
            [
                "docs/index.md(3): warning: link target 'missing.md' does not exist",
                "docs/index.md(3): warning: 'guide.md' has no heading '#nowhere'",
                "docs/guide.md(3): warning: no heading '#nope' on this page",
            ],
            report.Warnings);
    }

    [Fact]
    public void Pages_not_reachable_from_the_home_page_are_warnings()
    {
        var report = new DocsReport();
        DocsPage[] pages = [new("index.md", "# Home\n[a](a.md)"), new("a.md", "# A\n[b](sub/b.md)"), new("sub/b.md", "# B"), new("orphan.md", "# O")];

        NavigationCheck.Run(pages, report);

        Assert.Equal(["docs/orphan.md(1): warning: no page links here: link it from index.md or a page reachable from it"], report.Warnings);
    }
}
