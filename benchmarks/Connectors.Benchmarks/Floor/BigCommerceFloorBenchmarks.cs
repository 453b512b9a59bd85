using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Connectors.BigCommerce;
using Connectors.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// The BigCommerce client against the floor: a raw <see cref="HttpClient"/> + source-generated System.Text.Json
/// reading the same precomputed, spec-shaped bodies from the same loopback Kestrel into plain records of the same
/// 72 fields. Three pairs (one baseline each): list 10,000 orders (40 v2 pages of 250, then 204 as the API ends a
/// list), get one order, and a tiny body <c>{"id":n}</c> (the stack's own cost per request). The client runs as
/// users get it from <c>AddBigCommerce</c>: auth, resilience (timeouts, retry, circuit breaker), pacing, telemetry.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BigCommerceFloorBenchmarks
{
    private const int Orders = 10_000;
    private const int PageSize = 250;
    private const string StoreHash = "floor";
    private FloorServer _server = null!;
    private ServiceProvider _services = null!;
    private BigCommerceClient _client = null!;
    private HttpClient _raw = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var root = $"/stores/{StoreHash}/";
        for (var page = 1; page <= Orders / PageSize; page++)
        {
            var list = new JsonArray();
            for (var i = 0; i < PageSize; i++)
            {
                list.Add(FloorServer.BigCommerceOrder(((page - 1) * PageSize) + i + 1));
            }

            bodies[$"{root}v2/orders?page={page}&limit={PageSize}"] = FloorServer.Bytes(list);
        }

        bodies[$"{root}v2/orders/218"] = FloorServer.Bytes(FloorServer.BigCommerceOrder(218));
        bodies[$"{root}v2/tiny/1"] = "{\"id\":1}"u8.ToArray();

        // The quota headers every BigCommerce response carries (plenty left: pacing reads them but never waits).
        _server = await FloorServer.StartAsync(bodies, new BigCommerceQuota().AddTo);
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = _server.Address;
            o.StoreHash = StoreHash;
            o.AccessToken = "token";
        });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<BigCommerceClient>();
        _raw = new HttpClient { BaseAddress = new Uri(_server.Address, root) };
        _raw.DefaultRequestHeaders.Add("X-Auth-Token", "token");
        _raw.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        // Both sides must read every order, or the comparison is void.
        var (floor, client) = (await FloorList(), await ClientList());
        if (floor != client || floor != (long)Orders * (Orders + 1) / 2)
        {
            throw new InvalidOperationException($"Floor read {floor}, client read {client}.");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>Floor: every page streamed into <see cref="FloorOrder"/> records until 204.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("List10000")]
    public async Task<long> FloorList()
    {
        long sum = 0;
        for (var page = 1; ; page++)
        {
            using var response = await _raw.GetAsync($"v2/orders?page={page}&limit={PageSize}", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                return sum;
            }

            await using var stream = await response.Content.ReadAsStreamAsync();
            var orders = await JsonSerializer.DeserializeAsync(stream, FloorJsonContext.Default.ListFloorOrder);
            foreach (var order in orders!)
            {
                sum += order.Id;
            }

            if (orders.Count < PageSize)
            {
                return sum;
            }
        }
    }

    /// <summary>The client: <c>Orders.ListAsync()</c> (typed dates, money, statuses; unknown fields kept).</summary>
    [Benchmark]
    [BenchmarkCategory("List10000")]
    public async Task<long> ClientList()
    {
        long sum = 0;
        await foreach (var order in _client.Orders.ListAsync())
        {
            sum += order.Id;
        }

        return sum;
    }

    /// <summary>Floor: one order by id.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("GetOrder")]
    public async Task<int> FloorGet() => (await FloorServer.ReadAsync(_raw, "v2/orders/218", FloorJsonContext.Default.FloorOrder)).Id;

    /// <summary>The client: <c>Orders.GetAsync(id)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("GetOrder")]
    public async Task<int> ClientGet() => (await _client.Orders.GetAsync(218)).Value.Id;

    /// <summary>Floor: a tiny body, so what remains is the HTTP round trip.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Tiny")]
    public async Task<int> FloorTiny() => (await FloorServer.ReadAsync(_raw, "v2/tiny/1", FloorJsonContext.Default.FloorTiny)).Id;

    /// <summary>The client's stack on the same tiny body, through the escape hatch <c>client.SendAsync</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("Tiny")]
    public async Task<int> ClientTiny()
        => (await _client.SendAsync(ApiRequest.Get("v2/tiny/1"), FloorJsonContext.Default.FloorTiny)).Value.Id;
}
