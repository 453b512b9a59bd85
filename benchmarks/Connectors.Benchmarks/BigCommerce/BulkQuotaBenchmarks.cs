using BenchmarkDotNet.Attributes;
using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.BigCommerce;

/// <summary>
/// A bulk job (order reads) against a store quota of N requests per window: with Core's pacing driven by the
/// X-Rate-Limit-* headers it should use at least 95% of N per window and get zero 429s. Each invocation runs
/// 4 windows' worth of requests with 2 concurrent workers; the cleanup prints the use of the quota and the 429 count.
/// </summary>
[MemoryDiagnoser]
public class BulkQuotaBenchmarks
{
    private const int Quota = 50;
    private const int Workers = 2;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);
    private BigCommerceEmulator _emulator = null!;
    private int _run;
    private readonly List<(int[] PerWindow, long Throttled)> _results = [];

    [GlobalSetup]
    public async Task Setup()
        => _emulator = await BigCommerceEmulator.StartAsync(new BigCommerceEmulatorOptions { RequestsPerWindow = Quota, Window = Window });

    [GlobalCleanup]
    public async Task Cleanup()
    {
        // The last window only holds what was left of the job, so the use of the quota is measured on the full ones.
        foreach (var (perWindow, throttled) in _results)
        {
            var full = perWindow[..^1];
            Console.WriteLine($"// BulkQuota: requests per window [{string.Join(", ", perWindow)}] of {Quota}: {full.Average() / Quota:P1} of the quota in full windows, 429s: {throttled}");
        }

        await _emulator.DisposeAsync();
    }

    [Benchmark]
    public async Task<int> PacedBulkReads()
    {
        // A fresh store per invocation: its quota window starts now, like a job starting on a quiet store.
        var hash = $"bulk-{Interlocked.Increment(ref _run)}";
        var windowStart = DateTime.UtcNow;
        var store = _emulator.AddStore(hash, "token", seed: true);
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = _emulator.BaseAddress;
            o.StoreHash = hash;
            o.AccessToken = "token";

            // Core's gate does not count requests still in flight when a new window's first reading arrives,
            // so concurrent workers keep one request per extra worker in reserve.
            o.Resilience.PacingReserve = Workers - 1;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<BigCommerceClient>();
        var requests = 4 * Quota;
        var done = new System.Collections.Concurrent.ConcurrentBag<DateTime>();
        var next = -1;

        // Two workers, so the job is bounded by the quota and not by one request's round trip on a busy machine.
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                await client.Orders.GetAsync(100 + (i % 30));
                done.Add(DateTime.UtcNow);
            }
        }));

        var perWindow = done.GroupBy(t => (int)((t - windowStart) / Window)).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();
        _results.Add((perWindow, store.ThrottledCount));
        return requests;
    }
}
