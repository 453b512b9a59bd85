using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Connectors.Docs.Builder.Checks;

/// <summary>
/// After DocFX built the site: every public type of every shipped package (each project under <c>src/</c>, read
/// from its Release build) has a page in the API reference, i.e. an entry with a page in the site's
/// <c>xrefmap.yml</c>. Catches a package DocFX did not pick up, or one it could not load.
/// </summary>
internal static partial class ReferenceCheck
{
    public static int Run(string root, string siteFolder, DocsReport report)
    {
        var xrefmap = Path.Combine(siteFolder, "xrefmap.yml");
        if (!File.Exists(xrefmap))
        {
            report.Warn(Path.GetRelativePath(root, xrefmap), 0, "the site has no xrefmap.yml: build it with docfx first");
            return 0;
        }

        var documented = DocumentedTypes(File.ReadAllLines(xrefmap));
        var count = 0;
        foreach (var project in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var assembly = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "net10.0", AssemblyName(project) + ".dll");
            if (!File.Exists(assembly))
            {
                report.Warn(Path.GetRelativePath(root, project).Replace('\\', '/'), 0, $"no Release build at {Path.GetRelativePath(root, assembly)}: build the solution in Release first");
                continue;
            }

            foreach (var type in PublicTypes(assembly))
            {
                count++;
                if (!documented.Contains(type))
                {
                    report.Warn(Path.GetRelativePath(root, project).Replace('\\', '/'), 0, $"public type {type} has no page in the API reference");
                }
            }
        }

        return count;
    }

    /// <summary>The types with a page: <c>commentId: T:…</c> entries of the xrefmap that have an <c>href</c>.</summary>
    internal static HashSet<string> DocumentedTypes(IEnumerable<string> xrefmapLines)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        string? href = null;
        foreach (var line in xrefmapLines)
        {
            if (line.StartsWith("- uid:", StringComparison.Ordinal))
            {
                href = null;
            }
            else if (line.StartsWith("  href:", StringComparison.Ordinal))
            {
                href = line["  href:".Length..].Trim();
            }
            else if (line.StartsWith("  commentId: T:", StringComparison.Ordinal) && href is { Length: > 0 })
            {
                types.Add(line["  commentId: T:".Length..].Trim());
            }
        }

        return types;
    }

    /// <summary>The public (and public nested in public) types of an assembly, as documentation ids without <c>T:</c>.</summary>
    internal static IEnumerable<string> PublicTypes(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            if (Name(reader, handle) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? Name(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        if (visibility == TypeAttributes.Public)
        {
            var ns = reader.GetString(type.Namespace);
            return (ns.Length == 0 ? string.Empty : ns + ".") + reader.GetString(type.Name);
        }

        return visibility == TypeAttributes.NestedPublic && Name(reader, type.GetDeclaringType()) is { } outer
            ? outer + "." + reader.GetString(type.Name)
            : null;
    }

    private static string AssemblyName(string project)
        => AssemblyNamePattern().Match(File.ReadAllText(project)) is { Success: true } match ? match.Groups[1].Value : Path.GetFileNameWithoutExtension(project);

    [GeneratedRegex("<AssemblyName>([^<]+)</AssemblyName>")]
    private static partial Regex AssemblyNamePattern();
}
