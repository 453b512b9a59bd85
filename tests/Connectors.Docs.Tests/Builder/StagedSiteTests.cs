using Connectors.Docs.Builder.Site;

namespace Connectors.Docs.Tests.Builder;

public sealed class StagedSiteTests
{
    private const string Page = "# Page\n[next](core.md#paging) [up](../index.md) [src](/src/Connectors.Core/Http/ApiRequest.cs) [sample](../../samples/X/Program.cs#L3) [here](#page) [web](https://example.com/a.md) [type](xref:Connectors.Core.Response)";

    [Fact]
    public void Links_to_pages_stay_and_links_to_other_files_point_at_the_repository()
    {
        var rewritten = StagedSite.Rewrite(new DocsPage("recipes/a.md", Page), prefix: null);

        Assert.Equal(
            "# Page\n[next](core.md#paging) [up](../index.md) [src](https://github.com/connectors-sdk/connectors/blob/main/src/Connectors.Core/Http/ApiRequest.cs) "
            + "[sample](https://github.com/connectors-sdk/connectors/blob/main/samples/X/Program.cs#L3) [here](#page) [web](https://example.com/a.md) [type](xref:Connectors.Core.Response)",
            rewritten);
    }

    [Fact]
    public void The_front_page_links_into_the_guide_folder()
    {
        var rewritten = StagedSite.Rewrite(new DocsPage("index.md", "# Home\n[start](getting-started.md) [A](recipes/a.md#x) [readme](/README.md)"), prefix: "guide/");

        Assert.Equal("# Home\n[start](guide/getting-started.md) [A](guide/recipes/a.md#x) [readme](https://github.com/connectors-sdk/connectors/blob/main/README.md)", rewritten);
    }

    [Fact]
    public void An_image_is_shown_from_the_repository_raw_file()
    {
        var rewritten = StagedSite.Rewrite(new DocsPage("dashboard.md", "# Dashboard\n![The dashboard](images/dashboard.png)"), prefix: null);

        Assert.Equal("# Dashboard\n![The dashboard](https://github.com/connectors-sdk/connectors/blob/main/docs/images/dashboard.png?raw=true)", rewritten);
    }
}
