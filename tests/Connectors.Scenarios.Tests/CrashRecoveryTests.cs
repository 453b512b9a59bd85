using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Connectors.Scenarios.Tests;

/// <summary>
/// Kills a real host process (Connectors.Scenarios.CrashHost, SQLite store) at random points while it receives and
/// processes events, restarts it, and checks that every event ends with each effect exactly once, in order per subject.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Events = 1200;
    private const int Kills = 20;
    private readonly string _folder = Directory.CreateTempSubdirectory("scenarios-crash-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Killed_host_resumes_without_losing_or_doubling_any_effect()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        var kills = 0;
        var finishedEarly = 0;
        while (kills < Kills)
        {
            using var host = StartHost();
            await WaitForLineAsync(host, "ready");
            await Task.Delay(random.Next(10, 250));
            if (host.HasExited)
            {
                finishedEarly++;
                break;
            }

            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            kills++;
            output.WriteLine($"kill {kills}: {CountEffects()} effects so far");
        }

        using (var final = StartHost())
        {
            var exited = final.WaitForExitAsync();
            await exited.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, final.ExitCode);
        }

        output.WriteLine($"{kills} kills, finished early: {finishedEarly}");
        Assert.True(kills >= 20, $"only {kills} kills landed before the work was done");

        using var sink = new SqliteConnection($"Data Source={Path.Combine(_folder, "sink.db")};Pooling=false");
        sink.Open();
        var expected = Enumerable.Range(0, Events).Where(n => n % 7 != 0).ToArray();
        var effects = Query(sink, "SELECT event, step, subject FROM effects ORDER BY id", r => (Event: r.GetInt32(0), Step: r.GetString(1), Subject: r.GetString(2)));
        var invocations = Query(sink, "SELECT COUNT(*) FROM invocations", r => r.GetInt64(0)).Single();
        output.WriteLine($"{effects.Count} effects, {invocations} invocations");

        // Nothing lost, nothing doubled: each kept event has exactly one effect per step; filtered events have none.
        foreach (var step in new[] { "reserve", "notify" })
        {
            Assert.Equal(expected, effects.Where(e => e.Step == step).Select(e => e.Event).Order());
        }

        // A completed step is never invoked again: repeats only come from a step cut by a kill before it was journaled.
        Assert.InRange(invocations - effects.Count, 0, kills * 4);

        // Per-subject order held across the crashes: each subject's first effects follow event order.
        foreach (var subject in effects.GroupBy(e => e.Subject))
        {
            var reserved = subject.Where(e => e.Step == "reserve").Select(e => e.Event).ToArray();
            Assert.Equal(reserved.Order(), reserved);
        }
    }

    private long CountEffects()
    {
        using var sink = new SqliteConnection($"Data Source={Path.Combine(_folder, "sink.db")};Pooling=false;Mode=ReadOnly");
        sink.Open();
        return Query(sink, "SELECT COUNT(*) FROM effects", r => r.GetInt64(0)).Single();
    }

    private Process StartHost()
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Connectors.Scenarios.CrashHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add(Path.Combine(_folder, "store.db"));
        start.ArgumentList.Add(Path.Combine(_folder, "sink.db"));
        start.ArgumentList.Add(Events.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.WriteLine($"host stderr: {e.Data}");
            }
        };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForLineAsync(Process process, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == expected)
            {
                return;
            }
        }

        Assert.Fail($"the host exited before printing '{expected}'");
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(read(reader));
        }

        return result;
    }
}
