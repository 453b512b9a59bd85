namespace Connectors.Docs.Builder.Snippets;

/// <summary>A region of compiled code that a docs page shows.</summary>
/// <param name="Name">The name after <c>// begin-snippet:</c>.</param>
/// <param name="Code">The lines between the markers, de-indented.</param>
/// <param name="File">The source file, relative to the repository root.</param>
/// <param name="Line">The line of the begin marker.</param>
internal sealed record Snippet(string Name, string Code, string File, int Line);
