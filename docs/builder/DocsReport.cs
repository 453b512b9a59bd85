namespace Connectors.Docs.Builder;

/// <summary>The warnings of one build; any warning fails the build.</summary>
internal sealed class DocsReport
{
    private readonly List<string> _warnings = [];

    public IReadOnlyList<string> Warnings => _warnings;

    public void Warn(string file, int line, string message) => _warnings.Add($"{file}({line}): warning: {message}");
}
