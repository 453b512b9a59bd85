using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Connectors.Scenarios.Tests;

/// <summary>
/// Kills a real host process (Connectors.Scenarios.CrashHost, SQLite store) at random points while it receives and
/// processes events, restarts it (with more events each time), and checks that every event ends with each effect exactly once, in order per subject.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int InitialEvents = 300;
    private const int NewEventsPerRun = 30;
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
        var events = InitialEvents;

        // Every run also brings new events (the sender keeps sending), so each kill lands in live work.
        for (var run = 0; kills < Kills && run < 3 * Kills; run++, events += NewEventsPerRun)
        {
            using var host = StartHost(events);
            await WaitForLineAsync(host, "ready");

            // A third of the kills land at a random time (start-up, submission); the rest after a random number of
            // effects in this run, i.e. between or inside steps, whatever the machine's speed.
            var reached = random.Next(3) == 0
                ? await DelayAsync(random.Next(0, 150))
                : await WaitForLinesAsync(host, "effect", random.Next(1, 80));
            if (!reached || host.HasExited)
            {
                finishedEarly++;
                continue;
            }

            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            kills++;
            output.WriteLine($"kill {kills}: {CountEffects()} effects so far");
        }

        using (var final = StartHost(events))
        {
            var exited = final.WaitForExitAsync();
            await exited.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, final.ExitCode);
        }

        output.WriteLine($"{kills} kills, runs that finished before their kill: {finishedEarly}, {events} events");
        Assert.True(kills >= 20, $"only {kills} kills landed before the work was done");

        using var sink = new SqliteConnection($"Data Source={Path.Combine(_folder, "sink.db")};Pooling=false");
        sink.Open();
        var expected = Enumerable.Range(0, events).Where(n => n % 7 != 0).ToArray();
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
        using var sink = new SqliteConnection($"Data Source={Path.Combine(_folder, "sink.db")};Pooling=false");
        sink.Open();
        return Query(sink, "SELECT COUNT(*) FROM effects", r => r.GetInt64(0)).Single();
    }

    private Process StartHost(int events)
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
        start.ArgumentList.Add(events.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

    private static async Task<bool> DelayAsync(int milliseconds)
    {
        await Task.Delay(milliseconds);
        return true;
    }

    /// <summary>Reads output until <paramref name="count"/> lines equal <paramref name="expected"/>; false when the process ended first.</summary>
    private static async Task<bool> WaitForLinesAsync(Process process, string expected, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == expected && --count == 0)
            {
                return true;
            }
        }

        return false;
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
