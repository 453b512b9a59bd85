using Connectors.Docs.Builder;
using Connectors.Docs.Builder.Snippets;

namespace Connectors.Docs.Tests.Builder;

public sealed class SnippetTests
{
    private static readonly Dictionary<string, Snippet> Snippets = new(StringComparer.Ordinal)
    {
        ["hello"] = new Snippet("hello", "Console.WriteLine(\"hello\");", "tests/X.cs", 3),
    };

    [Fact]
    public void Regions_are_read_and_de_indented()
    {
        var report = new DocsReport();
        var found = new Dictionary<string, Snippet>(StringComparer.Ordinal);
        string[] lines =
        [
            "class C {",
            "    void M() {",
            "        // begin-snippet: m-body",
            "        if (true)",
            "        {",
            "            M();",
            "        }",
            "        // end-snippet",
            "    }",
            "}",
        ];

        SnippetReader.Read("tests/C.cs", lines, found, report);

        Assert.Empty(report.Warnings);
        Assert.Equal("if (true)\n{\n    M();\n}", found["m-body"].Code);
        Assert.Equal(3, found["m-body"].Line);
    }

    [Fact]
    public void Unterminated_and_duplicate_regions_are_warnings()
    {
        var report = new DocsReport();
        var found = new Dictionary<string, Snippet>(StringComparer.Ordinal);

        SnippetReader.Read("a.cs", ["// begin-snippet: x", "A();", "// end-snippet"], found, report);
        SnippetReader.Read("b.cs", ["// begin-snippet: x", "B();", "// end-snippet", "// begin-snippet: y", "C();"], found, report);

        Assert.Equal(2, report.Warnings.Count);
        Assert.Contains("also defined in a.cs(1)", report.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("'y' has no '// end-snippet'", report.Warnings[1], StringComparison.Ordinal);
        Assert.Equal("A();", found["x"].Code);
    }

    [Fact]
    public void A_stale_block_is_rewritten_from_its_source()
    {
        var report = new DocsReport();
        var page = "Intro\n<!-- snippet: hello -->\n```cs\nConsole.WriteLine(\"old\");\n```\n<!-- endSnippet -->\nEnd";

        var applied = SnippetBlocks.Apply("docs/p.md", page, Snippets, report);

        Assert.Empty(report.Warnings);
        Assert.Equal(
            "Intro\n<!-- snippet: hello -->\n```cs\nConsole.WriteLine(\"hello\");\n```\n<sup>[snippet source](/tests/X.cs)</sup>\n<!-- endSnippet -->\nEnd",
            applied);
        Assert.Equal(applied, SnippetBlocks.Apply("docs/p.md", applied, Snippets, report));
    }

    [Fact]
    public void Unknown_snippets_and_loose_csharp_blocks_are_warnings()
    {
        var report = new DocsReport();
        var page = "<!-- snippet: nope -->\n<!-- endSnippet -->\n```csharp\nvar x = 1;\n```\n```json\n{}\n```";

        var applied = SnippetBlocks.Apply("docs/p.md", page, Snippets, report);

        Assert.Equal(page, applied);
        Assert.Equal(2, report.Warnings.Count);
        Assert.Contains("no compiled code defines snippet 'nope'", report.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("docs/p.md(3): warning: C# code block outside a snippet region", report.Warnings[1], StringComparison.Ordinal);
    }
}
