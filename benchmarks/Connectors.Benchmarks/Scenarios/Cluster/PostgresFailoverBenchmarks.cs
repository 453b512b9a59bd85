using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Connectors.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>
/// Failover (issue 17: &lt; lease + 1 s): 3 host processes with a 5 s lease (claim poll 1 s, the default). Before
/// each iteration an event is received here and its step, on whichever host claimed it, blocks; the iteration kills
/// that host (<c>Process.Kill</c>) and ends when the queue is empty, i.e. another host has claimed the event after
/// the lease ran out, run its step and completed it. A replacement host is started between iterations.
/// </summary>
[Config(typeof(FailoverConfig))]
public class PostgresFailoverBenchmarks
{
    /// <summary>The hosts' lease.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);

    private readonly string _blockFile = Path.Combine(Path.GetTempPath(), "bench-failover-" + Guid.NewGuid().ToString("N") + ".block");
    private BenchCluster _cluster = null!;
    private ServiceProvider _receiver = null!;
    private IScenarioInbox _inbox = null!;
    private HostProcess _holder = null!;
    private long _next;

    /// <summary>Starts the receiving inbox on a fresh schema.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var schema = BenchPostgres.NewSchema("bench_failover");
        _cluster = new BenchCluster(BenchPostgres.Connection, schema, concurrency: 16, TimeSpan.Zero, flush: false, Lease, _blockFile);
        var services = new ServiceCollection();
        BenchScenario.Add(services, BenchPostgres.Connection, schema, flush: false, _ => { }, "receiver", TimeSpan.Zero, blockFile: null);
        _receiver = services.BuildServiceProvider();
        _inbox = _receiver.GetRequiredService<IScenarioInbox>();
    }

    /// <summary>Tops the cluster up to 3 hosts, then hands one of them a blocking event.</summary>
    [IterationSetup]
    public void HandOut() => HandOutAsync().GetAwaiter().GetResult();

    /// <summary>Stops the hosts.</summary>
    /// <returns>A task that completes when they have exited.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        File.Delete(_blockFile);
        await _cluster.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    /// <summary>Kills the host holding the event; ends when another host has completed it.</summary>
    /// <returns>A task that completes when the queue is empty.</returns>
    [Benchmark(Description = "failover: kill the host holding a claim → another completes it (3 hosts, lease 5 s)")]
    public async Task Failover()
    {
        var clock = Stopwatch.StartNew();
        _cluster.Kill(_holder);
        File.Delete(_blockFile);
        await _cluster.WaitEmptyAsync();
        var taken = _cluster.Probes.Reader.TryRead(out var line) ? line : null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// failover: killed {_holder.Id}, event {_next - 1} {taken?.Kind} on {taken?.Host}, queue empty after {clock.Elapsed.TotalMilliseconds:F0} ms"));
    }

    private async Task HandOutAsync()
    {
        while (_cluster.Hosts.Count < 3)
        {
            await _cluster.StartHostAsync();
        }

        while (_cluster.Probes.Reader.TryRead(out _))
        {
        }

        await File.WriteAllTextAsync(_blockFile, "block");
        var n = _next++;
        await _inbox.SubmitAsync(BenchScenario.Events(n, 1, 1_000, probe: true));
        var started = await _cluster.Probes.Reader.ReadAsync();
        _holder = _cluster.Hosts.Single(h => h.Id == started.Host);

        // Let at least one renewal happen, so the kill falls anywhere in the lease.
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(500, 2500)));
    }

    private sealed class FailoverConfig : SampleConfig
    {
        public FailoverConfig()
            : base(samples: 8, warmup: 0)
        {
        }
    }
}
