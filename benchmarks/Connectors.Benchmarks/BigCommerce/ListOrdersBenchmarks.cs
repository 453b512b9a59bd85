using BenchmarkDotNet.Attributes;
using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.BigCommerce;

/// <summary>
/// Listing 10,000 orders (40 v2 pages of 250) from the loopback emulator: the BigCommerce client against the
/// emulator's own cost (a bare HttpClient fetching the same pages and reading the bytes). Target: under +10%.
/// </summary>
[MemoryDiagnoser]
public class ListOrdersBenchmarks
{
    private const int Orders = 10_000;
    private BigCommerceEmulator _emulator = null!;
    private ServiceProvider _services = null!;
    private BigCommerceClient _client = null!;
    private HttpClient _raw = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _emulator = await BigCommerceEmulator.StartAsync(new BigCommerceEmulatorOptions { RequestsPerWindow = int.MaxValue, Seed = true });
        _emulator.DefaultStore.AddBulkOrders(Orders - _emulator.DefaultStore.OrderIds.Count);
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = _emulator.BaseAddress;
            o.StoreHash = BigCommerceEmulator.DefaultStoreHash;
            o.AccessToken = BigCommerceEmulator.DefaultAccessToken;
        });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<BigCommerceClient>();
        _raw = new HttpClient { BaseAddress = new Uri(_emulator.BaseAddress, $"stores/{BigCommerceEmulator.DefaultStoreHash}/") };
        _raw.DefaultRequestHeaders.Add("X-Auth-Token", BigCommerceEmulator.DefaultAccessToken);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    /// <summary>The emulator's own cost: fetch every page and read its bytes, no parsing.</summary>
    [Benchmark(Baseline = true)]
    public async Task<long> EmulatorOnly()
    {
        long bytes = 0;
        for (var page = 1; ; page++)
        {
            using var response = await _raw.GetAsync($"v2/orders?page={page}&limit=250");
            if (response.StatusCode == System.Net.HttpStatusCode.NoContent)
            {
                return bytes;
            }

            bytes += (await response.Content.ReadAsByteArrayAsync()).Length;
        }
    }

    /// <summary>The client: lazy paging, typed orders (RFC 2822 dates, money strings), resilience and pacing on.</summary>
    [Benchmark]
    public async Task<long> BigCommerceClient()
    {
        long sum = 0;
        await foreach (var order in _client.Orders.ListAsync())
        {
            sum += order.Id;
        }

        return sum;
    }
}
