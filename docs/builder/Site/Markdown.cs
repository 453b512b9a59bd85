using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Connectors.Docs.Builder.Site;

/// <summary>The one Markdig pipeline: GitHub-style heading ids, tables, and the other common extensions.</summary>
internal static class Markdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static HashSet<string> Anchors(MarkdownDocument document)
        => document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
