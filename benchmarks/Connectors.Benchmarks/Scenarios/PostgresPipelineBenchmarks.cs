using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Connectors.Benchmarks.Scenarios.Cluster;
using Connectors.Scenarios.PostgreSql;
using Connectors.Scenarios.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Scenarios;

/// <summary>
/// The same three-step pipeline as <see cref="ScenarioPipelineBenchmarks"/> on the PostgreSQL store, one host, with
/// the default durability and with every commit flushed. The server: <c>CONNECTORS_TEST_POSTGRES</c>, else the
/// private one <c>scripts/start-postgres.sh</c> starts. Results are per event.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PostgresPipelineBenchmarks
{
    private const int Events = 2_000;
    private readonly string _schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
    private PipelineHost _default = null!;
    private PipelineHost _flushed = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connection = BenchPostgres.Connection;
        _default = await PipelineHost.StartAsync(b => b.UsePostgresStore(connection, o => o.Schema = _schema));
        _flushed = await PipelineHost.StartAsync(b => b.UsePostgresStore(connection, o =>
        {
            o.Schema = _schema + "_flushed";
            o.FlushEveryCommit = true;
        }));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _default.DisposeAsync();
        await _flushed.DisposeAsync();
    }

    /// <summary>Forget dedupe and journal entries between iterations, as the runner's purge would after the retention window.</summary>
    [IterationCleanup]
    public void Purge()
    {
        foreach (var host in new[] { _default, _flushed })
        {
            host.Services.GetRequiredService<IScenarioStore>().PurgeAsync(DateTimeOffset.UtcNow.AddDays(1)).AsTask().GetAwaiter().GetResult();
        }
    }

    [Benchmark(OperationsPerInvoke = Events, Description = "3-step pipeline, PostgreSQL store, 1 host (per event)")]
    public Task Default() => _default.RunAsync(Events);

    [Benchmark(OperationsPerInvoke = Events, Description = "3-step pipeline, PostgreSQL store, every commit flushed (per event)")]
    public Task Flushed() => _flushed.RunAsync(Events);
}
