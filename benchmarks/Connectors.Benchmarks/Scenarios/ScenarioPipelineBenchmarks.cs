using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Connectors.Scenarios.Sqlite;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Scenarios;

/// <summary>
/// Events per second through a three-step pipeline (filter, map, no-op action journaled per key), end to end:
/// submit to the inbox, store, dispatch, run, journal, complete. Results are per event.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScenarioPipelineBenchmarks
{
    private const int InMemoryEvents = 20_000;
    private const int SqliteEvents = 5_000;
    private PipelineHost _memory = null!;
    private PipelineHost _sqlite = null!;
    private string _folder = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("scenarios-bench-").FullName;
        _memory = await PipelineHost.StartAsync(b => b.UseInMemoryStore());
        _sqlite = await PipelineHost.StartAsync(b => b.UseSqliteStore(Path.Combine(_folder, "bench.db")));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _memory.DisposeAsync();
        await _sqlite.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Forget dedupe and journal entries between iterations, as the runner's purge would after the retention window.</summary>
    [IterationCleanup]
    public void Purge()
    {
        foreach (var host in new[] { _memory, _sqlite })
        {
            host.Services.GetRequiredService<IScenarioStore>().PurgeAsync(DateTimeOffset.UtcNow.AddDays(1)).AsTask().GetAwaiter().GetResult();
        }
    }

    [Benchmark(OperationsPerInvoke = InMemoryEvents, Description = "3-step pipeline, in-memory store (per event)")]
    public Task InMemory() => _memory.RunAsync(InMemoryEvents);

    [Benchmark(OperationsPerInvoke = SqliteEvents, Description = "3-step pipeline, SQLite store (per event)")]
    public Task Sqlite() => _sqlite.RunAsync(SqliteEvents);
}
