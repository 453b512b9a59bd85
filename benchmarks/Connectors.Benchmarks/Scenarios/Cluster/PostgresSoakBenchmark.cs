using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Connectors.Scenarios.PostgreSql;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>
/// Memory over a long run on PostgreSQL (issue 17: flat over 1,000,000 events), one host in this process with the
/// runner's own purge (retention zero, every second): prints the managed heap (after a full collection) and the
/// working set ten times along the run. Opt-in and long (about 1,000,000 / the 1-host rate: half an hour on the
/// 2-core machine); <c>CONNECTORS_SOAK_EVENTS</c> sets a shorter run.
/// </summary>
[Config(typeof(SoakConfig))]
public class PostgresSoakBenchmark
{
    private static readonly int Events = int.TryParse(Environment.GetEnvironmentVariable("CONNECTORS_SOAK_EVENTS"), CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;

    /// <summary>The whole run; the time is per event.</summary>
    /// <returns>A task that completes when every event is processed.</returns>
    [Benchmark(Description = "long run, PostgreSQL store, 1 host, heap sampled (per run)")]
    public async Task LongRun()
    {
        var step = Math.Max(1, Events / 10);
        await using var host = await PipelineHost.StartAsync(
            b => b.UsePostgresStore(BenchPostgres.Connection, o => o.Schema = BenchPostgres.NewSchema("bench_soak")),
            o =>
            {
                o.MaxBufferedEvents = 64;
                o.Retention = TimeSpan.Zero;
                o.PurgeInterval = TimeSpan.FromSeconds(1);
            });
        var clock = Stopwatch.StartNew();
        for (var done = 0; done < Events; done += step)
        {
            await host.RunAsync(Math.Min(step, Events - done));
            await Task.Delay(1100);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// soak: {Math.Min(done + step, Events),9:N0} events, heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:F1} MiB, working set {Environment.WorkingSet / 1024.0 / 1024.0:F1} MiB, {clock.Elapsed.TotalSeconds:F1} s"));
        }
    }
}

/// <summary>
/// One cold run in process with a timeout of its own: BenchmarkDotNet's rebuild of the project timed out on the loaded
/// machine, and its in-process toolchain stops any run longer than its default timeout.
/// </summary>
internal sealed class SoakConfig : ManualConfig
{
    public SoakConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(3), logOutput: true)));
    }
}
