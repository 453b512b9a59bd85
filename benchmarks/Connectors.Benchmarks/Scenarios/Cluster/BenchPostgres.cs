using System.Diagnostics;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>The PostgreSQL server of the benchmarks: <c>CONNECTORS_TEST_POSTGRES</c>, else the private one <c>scripts/start-postgres.sh</c> starts (as the tests do).</summary>
internal static class BenchPostgres
{
    private static string? _connection;

    public static string Connection => _connection ??= Environment.GetEnvironmentVariable("CONNECTORS_TEST_POSTGRES") is { Length: > 0 } given ? given : Start();

    /// <summary>A fresh schema name, so runs never see each other's rows.</summary>
    public static string NewSchema(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..10];

    public static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "scripts", "start-postgres.sh")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Set CONNECTORS_TEST_POSTGRES: scripts/start-postgres.sh was not found above " + AppContext.BaseDirectory);
    }

    private static string Start()
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepoRoot(), "scripts", "start-postgres.sh")]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]
            : throw new InvalidOperationException("scripts/start-postgres.sh failed; set CONNECTORS_TEST_POSTGRES.");
    }
}
