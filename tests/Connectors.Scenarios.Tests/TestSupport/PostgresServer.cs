using System.Diagnostics;
using Connectors.Scenarios.PostgreSql;
using Npgsql;

namespace Connectors.Scenarios.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server of the tests: <c>CONNECTORS_TEST_POSTGRES</c> when set (./test.sh sets it), otherwise the
/// private cluster that <c>scripts/start-postgres.sh</c> starts (or finds running). When neither works the tests
/// that need it fail with the reason; they never skip, so CI cannot pass without having run them.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "CONNECTORS_TEST_POSTGRES";
    private static readonly Lazy<Task<string>> Connection = new(StartAsync);

    /// <summary>The connection string (starting the server once per test run when needed).</summary>
    public static Task<string> ConnectionStringAsync() => Connection.Value;

    /// <summary>A store on a fresh schema of its own, so tests never see each other's rows.</summary>
    public static async Task<PostgresScenarioStore> NewStoreAsync(string? schema = null, Action<PostgresScenarioStoreOptions>? configure = null)
    {
        var options = new PostgresScenarioStoreOptions { Schema = schema ?? NewSchema() };
        configure?.Invoke(options);
        var store = new PostgresScenarioStore(await ConnectionStringAsync(), options);
        await store.EnsureSchemaAsync();
        return store;
    }

    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Runs one SQL command and returns its scalar result.</summary>
    public static async Task<object?> ScalarAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(await ConnectionStringAsync());
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        return await RunScriptAsync();
    }

    /// <summary>Restarts the server the script started (<c>pg_ctl restart -m fast</c>); returns its connection string.</summary>
    public static async Task<string> RestartAsync()
    {
        await ConnectionStringAsync();
        return await RunScriptAsync("--restart");
    }

    private static async Task<string> RunScriptAsync(params string[] arguments)
    {
        var script = FindScript();
        using var process = Process.Start(new ProcessStartInfo("bash", [script, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException(
                $"PostgreSQL could not be started by {script} (exit {process.ExitCode}); set {Variable} to a server's connection string. Its output:\n{await stderr}");
        }

        return lines[^1].Trim();
    }

    private static string FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "scripts", "start-postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"scripts/start-postgres.sh was not found above {AppContext.BaseDirectory}; set {Variable} to a server's connection string.");
    }
}
