using Connectors.Docs.Builder;

// dotnet run --project docs/builder -- [--update] [--out <folder>] [--root <repository>]
var update = args.Contains("--update");
var output = Option("--out") ?? "artifacts/docs-site";
var root = Option("--root") ?? FindRoot(Directory.GetCurrentDirectory());
var report = DocsBuild.Run(root, update, Path.GetFullPath(output, root));
foreach (var warning in report.Warnings)
{
    Console.Error.WriteLine(warning);
}

Console.WriteLine(report.Warnings.Count == 0
    ? $"docs: built {Path.GetFullPath(output, root)} with 0 warnings"
    : $"docs: {report.Warnings.Count} warning(s)");
return report.Warnings.Count == 0 ? 0 : 1;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException($"No Connectors.sln above {start}; pass --root.");
}
