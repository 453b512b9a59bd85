using System.Xml.Linq;

namespace Connectors.Architecture.Tests;

/// <summary>The shipped projects under <c>src/</c> and their project references, read from the .csproj files.</summary>
internal sealed class ProjectGraph
{
    private readonly Dictionary<string, string[]> _references;

    private ProjectGraph(Dictionary<string, string[]> references)
    {
        _references = references;
    }

    public IReadOnlyCollection<string> Projects => _references.Keys;

    public static ProjectGraph Load()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var references = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories))
        {
            var project = XDocument.Load(file);
            references[Path.GetFileNameWithoutExtension(file)] = project.Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                .ToArray();
        }

        return new ProjectGraph(references);
    }

    public IReadOnlyList<string> DirectReferences(string project) => _references[project];

    /// <summary>Every project <paramref name="project"/> pulls in, directly or through others.</summary>
    public IReadOnlySet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(_references[project]);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var child in _references.GetValueOrDefault(next, []))
                {
                    pending.Push(child);
                }
            }
        }

        return seen;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Connectors.sln not found above " + AppContext.BaseDirectory);
    }
}
