using Connectors.Docs.Builder;
using Connectors.Docs.Builder.Checks;

// dotnet run --project docs/builder -- [--update] [--out <folder>] [--root <repository>]
//   checks the pages and writes them as the DocFX project (default artifacts/docs-src); see scripts/build-docs.sh.
// dotnet run --project docs/builder -- --check-reference <site folder>
//   after docfx: every public type of every src project has a page in the API reference.
var root = Option("--root") ?? FindRoot(Directory.GetCurrentDirectory());
if (Option("--check-reference") is { } site)
{
    var check = new DocsReport();
    var types = ReferenceCheck.Run(root, Path.GetFullPath(site, root), check);
    return Finish(check, $"docs: every one of {types} public types of src/* has an API reference page");
}

var update = args.Contains("--update");
var output = Option("--out") ?? "artifacts/docs-src";
var report = DocsBuild.Run(root, update, Path.GetFullPath(output, root));
return Finish(report, $"docs: checked the pages and wrote the DocFX project to {Path.GetFullPath(output, root)} with 0 warnings");

int Finish(DocsReport report, string success)
{
    foreach (var warning in report.Warnings)
    {
        Console.Error.WriteLine(warning);
    }

    Console.WriteLine(report.Warnings.Count == 0 ? success : $"docs: {report.Warnings.Count} warning(s)");
    return report.Warnings.Count == 0 ? 0 : 1;
}

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
