using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Connectors.Benchmarks.Scenarios;

/// <summary>
/// One million events through the in-memory pipeline with the runner's own purge (retention zero, every second):
/// prints the managed heap after each 100,000 events to show memory stays flat.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ScenarioSoakBenchmark
{
    private const int Events = 1_000_000;
    private const int Step = 100_000;

    [Benchmark(OperationsPerInvoke = Events, Description = "1,000,000 events, in-memory store (per event)")]
    public async Task MillionEvents()
    {
        await using var host = await PipelineHost.StartAsync(
            b => b.UseInMemoryStore(),
            o =>
            {
                o.Retention = TimeSpan.Zero;
                o.PurgeInterval = TimeSpan.FromSeconds(1);
            });
        var clock = Stopwatch.StartNew();
        for (var done = 0; done < Events; done += Step)
        {
            await host.RunAsync(Step);
            await Task.Delay(1100);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Console.WriteLine($"// soak: {done + Step,9:N0} events, heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:F1} MiB, working set {Environment.WorkingSet / 1024.0 / 1024.0:F1} MiB, {clock.Elapsed.TotalSeconds:F1} s");
        }
    }
}
