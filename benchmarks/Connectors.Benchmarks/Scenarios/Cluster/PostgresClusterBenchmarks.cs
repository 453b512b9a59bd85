using BenchmarkDotNet.Attributes;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>How every commit is made.</summary>
public enum Durability
{
    /// <summary>The store's default: only enqueue, dead-letter, replay and checkpoint wait for the WAL flush.</summary>
    Default,

    /// <summary><c>FlushEveryCommit</c>: every write waits for the WAL flush.</summary>
    FlushEveryCommit,
}

/// <summary>
/// Aggregate throughput of 1 or 3 host processes on one PostgreSQL schema (issue 17: ≥ 2,000 events/s aggregate with
/// the default durability, ≥ 600/s with every commit flushed). Each iteration: every host submits its share of
/// 4,000 events (1,000 subjects) to its own inbox, and the iteration ends when the shared queue is empty. The
/// pipeline of <see cref="PipelineHost"/> (filter, map, one journaled step); each host runs 16 events at a time.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class PostgresClusterBenchmarks
{
    private const int Events = 4_000;
    private BenchCluster _cluster = null!;
    private long _next;

    /// <summary>The number of host processes.</summary>
    [Params(1, 3)]
    public int Hosts { get; set; }

    /// <summary>The store's durability setting.</summary>
    [Params(Durability.Default, Durability.FlushEveryCommit)]
    public Durability Durability { get; set; }

    /// <summary>Starts the host processes on a fresh schema.</summary>
    /// <returns>A task that completes when every host is ready.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cluster = new BenchCluster(BenchPostgres.Connection, BenchPostgres.NewSchema("bench_cluster"), concurrency: 16, TimeSpan.Zero, Durability == Durability.FlushEveryCommit, TimeSpan.FromSeconds(30), blockFile: null);
        for (var i = 0; i < Hosts; i++)
        {
            await _cluster.StartHostAsync();
        }
    }

    /// <summary>Stops the host processes.</summary>
    /// <returns>A task that completes when they have exited.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync() => await _cluster.DisposeAsync();

    /// <summary>4,000 events through the cluster; the time is per event.</summary>
    /// <returns>A task that completes when the queue is empty.</returns>
    [Benchmark(OperationsPerInvoke = Events, Description = "3-step pipeline, PostgreSQL, host processes × 16 (per event)")]
    public Task Cluster()
    {
        var first = _next;
        _next += Events;
        return _cluster.RunAsync(first, Events, subjects: 1_000);
    }
}

/// <summary>
/// 3 host processes × 16 concurrent events whose step waits 50 ms (issue 17: ≥ 700 events/s). 4,000 events over
/// 1,000 subjects per iteration, default durability.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class PostgresSlowStepBenchmarks
{
    private const int Events = 4_000;
    private BenchCluster _cluster = null!;
    private long _next;

    /// <summary>Starts 3 host processes on a fresh schema.</summary>
    /// <returns>A task that completes when every host is ready.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cluster = new BenchCluster(BenchPostgres.Connection, BenchPostgres.NewSchema("bench_slow"), concurrency: 16, TimeSpan.FromMilliseconds(50), flush: false, TimeSpan.FromSeconds(30), blockFile: null);
        for (var i = 0; i < 3; i++)
        {
            await _cluster.StartHostAsync();
        }
    }

    /// <summary>Stops the host processes.</summary>
    /// <returns>A task that completes when they have exited.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync() => await _cluster.DisposeAsync();

    /// <summary>4,000 events of 50 ms each through 3 hosts; the time is per event.</summary>
    /// <returns>A task that completes when the queue is empty.</returns>
    [Benchmark(OperationsPerInvoke = Events, Description = "50 ms step, PostgreSQL, 3 host processes × 16 (per event)")]
    public Task SlowSteps()
    {
        var first = _next;
        _next += Events;
        return _cluster.RunAsync(first, Events, subjects: 1_000);
    }
}
