namespace Connectors.Emulators.Tool.Tests;

/// <summary>The repository the tests run from (the folder holding Connectors.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Connectors.sln above {start}.");
    }
}
