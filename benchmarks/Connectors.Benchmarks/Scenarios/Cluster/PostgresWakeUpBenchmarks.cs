using System.Globalization;
using BenchmarkDotNet.Attributes;
using Connectors.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>
/// Wake-up latency (issue 17: p99 &lt; 100 ms): 3 idle host processes; this process receives one event (its inbox,
/// no runner: a host that only takes webhooks) and the iteration ends when a host process prints that the event's
/// step has started. Each iteration is one sample, after 200 ms idle, so the hosts are waiting on LISTEN (their claim
/// poll is 1 s). The hosts' own clock readings (submit → step start, without the pipe back) are printed at the end.
/// </summary>
[Config(typeof(WakeUpConfig))]
public class PostgresWakeUpBenchmarks
{
    private readonly List<double> _hostMeasured = [];
    private BenchCluster _cluster = null!;
    private ServiceProvider _receiver = null!;
    private IScenarioInbox _inbox = null!;
    private long _next;

    /// <summary>Starts 3 host processes and the receiving inbox on a fresh schema.</summary>
    /// <returns>A task that completes when every host is ready.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var schema = BenchPostgres.NewSchema("bench_wake");
        _cluster = new BenchCluster(BenchPostgres.Connection, schema, concurrency: 16, TimeSpan.Zero, flush: false, TimeSpan.FromSeconds(30), blockFile: null);
        for (var i = 0; i < 3; i++)
        {
            await _cluster.StartHostAsync();
        }

        // Every host runs the pipeline a few hundred times first, so no sample pays for its first run (JIT, pools).
        await _cluster.RunAsync(1_000_000, 600, subjects: 1_000);

        var services = new ServiceCollection();
        BenchScenario.Add(services, BenchPostgres.Connection, schema, flush: false, _ => { }, "receiver", TimeSpan.Zero, blockFile: null);
        _receiver = services.BuildServiceProvider();
        _inbox = _receiver.GetRequiredService<IScenarioInbox>();
    }

    /// <summary>Lets the hosts go idle.</summary>
    [IterationSetup]
    public void Idle() => Thread.Sleep(200);

    /// <summary>Prints the hosts' own measurements and stops the hosts.</summary>
    /// <returns>A task that completes when they have exited.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _hostMeasured.Sort();
        if (_hostMeasured.Count > 0)
        {
            double At(double p) => _hostMeasured[Math.Min(_hostMeasured.Count - 1, (int)Math.Ceiling(p * _hostMeasured.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// wake-up (host clock, submit → step start), {_hostMeasured.Count} samples: p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {_hostMeasured[^1]:F1} ms"));
        }

        await _cluster.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    /// <summary>One event received here, until its step starts on a host process.</summary>
    /// <returns>A task that completes when a host has started the step.</returns>
    [Benchmark(Description = "wake-up: submit on one process → step start on another (3 hosts, LISTEN/NOTIFY)")]
    public async Task WakeUp()
    {
        var n = _next++;
        await _inbox.SubmitAsync(BenchScenario.Events(n, 1, 1_000, probe: true));
        while (true)
        {
            var line = await _cluster.Probes.Reader.ReadAsync();
            if (line.Kind == "started" && line.Event == n)
            {
                _hostMeasured.Add(line.WaitedMs);
                return;
            }
        }
    }

    private sealed class WakeUpConfig : SampleConfig
    {
        public WakeUpConfig()
            : base(samples: 100, warmup: 5)
        {
        }
    }
}
