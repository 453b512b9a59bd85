using BenchmarkDotNet.Attributes;
using Connectors.BigCommerce;
using Connectors.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// Where the stack's cost on the loopback comes from: the tiny BigCommerce body (<c>{"id":1}</c> with quota headers)
/// read by the floor, by a plain <c>IHttpClientFactory</c> client (the factory's handler and primary handler, no
/// SDK), and by the BigCommerce client as users get it, without resilience, and without pacing; and the spec's order
/// (<c>*Order</c>) read by the floor, by the client's stack into the floor's plain record (the stack without the typed
/// model), by the client, and by the client without resilience. Run two of them side by side with
/// <c>--interleaved StackOnLoopbackBenchmarks A B</c>.
/// </summary>
[MemoryDiagnoser]
public class StackOnLoopbackBenchmarks
{
    private const string Path = "v2/tiny/1";
    private const string OrderPath = "v2/orders/218";
    private readonly List<IAsyncDisposable> _disposables = [];
    private FloorServer _server = null!;
    private HttpClient _raw = null!;
    private HttpClient _factory = null!;
    private BigCommerceClient _client = null!;
    private BigCommerceClient _noResilience = null!;
    private BigCommerceClient _noPacing = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _server = await FloorServer.StartAsync(new Dictionary<string, byte[]>
        {
            ["/stores/floor/" + Path] = "{\"id\":1}"u8.ToArray(),
            ["/stores/floor/" + OrderPath] = FloorServer.Bytes(FloorServer.BigCommerceOrder(218)),
        }, new BigCommerceQuota().AddTo);
        var root = new Uri(_server.Address, "stores/floor/");
        _raw = Plain(new HttpClient { BaseAddress = root });

        var services = new ServiceCollection();
        services.AddHttpClient("plain");
        var provider = services.BuildServiceProvider();
        _disposables.Add(provider);
        _factory = Plain(provider.GetRequiredService<IHttpClientFactory>().CreateClient("plain"));
        _factory.BaseAddress = root;

        _client = Client(_ => { });
        _noResilience = Client(o => o.Resilience.Enabled = false);
        _noPacing = Client(o => o.Resilience.PacingEnabled = false);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        foreach (var disposable in _disposables)
        {
            await disposable.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    /// <summary>A raw <see cref="HttpClient"/> (its own <see cref="SocketsHttpHandler"/>).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Floor() => (await FloorServer.ReadAsync(_raw, Path, FloorJsonContext.Default.FloorTiny)).Id;

    /// <summary>The same code on a client from <c>IHttpClientFactory</c> with nothing added.</summary>
    [Benchmark]
    public async Task<int> Factory() => (await FloorServer.ReadAsync(_factory, Path, FloorJsonContext.Default.FloorTiny)).Id;

    /// <summary>The BigCommerce client as users get it.</summary>
    [Benchmark]
    public Task<int> Client() => Send(_client);

    /// <summary>The client with <c>Resilience.Enabled = false</c>.</summary>
    [Benchmark]
    public Task<int> NoResilience() => Send(_noResilience);

    /// <summary>The client with <c>Resilience.PacingEnabled = false</c>.</summary>
    [Benchmark]
    public Task<int> NoPacing() => Send(_noPacing);

    /// <summary>The floor reading the spec's order.</summary>
    [Benchmark]
    public async Task<int> FloorOrder() => (await FloorServer.ReadAsync(_raw, OrderPath, FloorJsonContext.Default.FloorOrder)).Id;

    /// <summary>The client's stack reading the spec's order into the floor's plain record.</summary>
    [Benchmark]
    public async Task<int> ClientOrderFloorModel() => (await _client.SendAsync(ApiRequest.Get(OrderPath), FloorJsonContext.Default.FloorOrder)).Value.Id;

    /// <summary>The client: <c>Orders.GetAsync(218)</c>.</summary>
    [Benchmark]
    public async Task<int> ClientOrder() => (await _client.Orders.GetAsync(218)).Value.Id;

    /// <summary>The client with <c>Resilience.Enabled = false</c>: <c>Orders.GetAsync(218)</c>.</summary>
    [Benchmark]
    public async Task<int> NoResilienceOrder() => (await _noResilience.Orders.GetAsync(218)).Value.Id;

    private static HttpClient Plain(HttpClient http)
    {
        http.DefaultRequestHeaders.Add("X-Auth-Token", "token");
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return http;
    }

    private static async Task<int> Send(BigCommerceClient client) => (await client.SendAsync(ApiRequest.Get(Path), FloorJsonContext.Default.FloorTiny)).Value.Id;

    private BigCommerceClient Client(Action<BigCommerceClientOptions> tweak)
    {
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = _server.Address;
            o.StoreHash = "floor";
            o.AccessToken = "token";
            tweak(o);
        });
        var provider = services.BuildServiceProvider();
        _disposables.Add(provider);
        return provider.GetRequiredService<BigCommerceClient>();
    }
}
