using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Connectors.Docs.Builder.Site;

/// <summary>The one Markdig pipeline: GitHub-style heading ids, tables, and the other common extensions.</summary>
internal static class Markdown
{
    // Heading ids as GitHub and DocFX make them ("## 3. Run it" → "3-run-it"). Registered before the advanced
    // extensions, which would otherwise add the pandoc-style ids first ("run-it") and this call would be ignored.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static HashSet<string> Anchors(MarkdownDocument document)
        => document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
