using Connectors.Docs.Builder;

namespace Connectors.Docs.Tests.Builder;

/// <summary>
/// The docs of this repository check without warnings (snippets match their source, links resolve, every page is
/// reachable) and are written as the DocFX project of the site. DocFX itself runs in CI (scripts/build-docs.sh).
/// </summary>
public sealed class DocsBuildTests
{
    [Fact]
    public void Docs_check_without_warnings_and_every_page_goes_into_the_docfx_project()
    {
        var output = Directory.CreateTempSubdirectory("docs-src-").FullName;
        try
        {
            var report = DocsBuild.Run(Repository.Root, update: false, output);

            Assert.True(report.Warnings.Count == 0, string.Join(Environment.NewLine, report.Warnings));
            var pages = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories)
                .Count(f => !f.Replace('\\', '/').Contains("/docs/builder/", StringComparison.Ordinal));
            Assert.Equal(pages, Directory.EnumerateFiles(Path.Combine(output, "guide"), "*.md", SearchOption.AllDirectories).Count());
            Assert.True(File.Exists(Path.Combine(output, "index.md")));
            Assert.Contains("href: reference/", File.ReadAllText(Path.Combine(output, "toc.yml")), StringComparison.Ordinal);
            Assert.Contains("href: getting-started.md", File.ReadAllText(Path.Combine(output, "guide", "toc.yml")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
