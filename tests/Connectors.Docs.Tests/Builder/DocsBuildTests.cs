using Connectors.Docs.Builder;

namespace Connectors.Docs.Tests.Builder;

/// <summary>The docs of this repository build without warnings: snippets match their source, links resolve.</summary>
public sealed class DocsBuildTests
{
    [Fact]
    public void Docs_build_without_warnings_and_write_a_page_per_markdown_file()
    {
        var output = Directory.CreateTempSubdirectory("docs-site-").FullName;
        try
        {
            var report = DocsBuild.Run(Repository.Root, update: false, output);

            Assert.True(report.Warnings.Count == 0, string.Join(Environment.NewLine, report.Warnings));
            var pages = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories)
                .Count(f => !f.Replace('\\', '/').Contains("/docs/builder/", StringComparison.Ordinal));
            Assert.Equal(pages, Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count());
            Assert.Contains("<nav>", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
