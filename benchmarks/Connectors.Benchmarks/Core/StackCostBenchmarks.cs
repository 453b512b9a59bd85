using System.Net;
using BenchmarkDotNet.Attributes;
using Connectors.Benchmarks.Floor;
using Connectors.BigCommerce;
using Connectors.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Core;

/// <summary>
/// The stack's own cost per request, with no network and no server: the BigCommerce client (as <c>AddBigCommerce</c>
/// builds it: auth, telemetry, timeouts, retry, circuit breaker, pacing fed by quota headers, typed errors) and a raw
/// <see cref="HttpClient"/> + source-generated System.Text.Json over the same in-memory handler, which answers
/// <c>{"id":1}</c> with BigCommerce's quota headers. The difference is what the SDK adds to each call, without the
/// loopback's noise. <see cref="Suspend"/>: the handler answers after a yield, so every async layer suspends (and
/// is boxed) as on a socket; <see cref="Resilience"/> <c>off</c>: no Polly pipeline nor total timeout.
/// </summary>
[MemoryDiagnoser]
public class StackCostBenchmarks
{
    private ServiceProvider _services = null!;
    private BigCommerceClient _client = null!;
    private HttpClient _raw = null!;

    /// <summary><c>on</c> (as users get it) or <c>off</c> (<c>Resilience.Enabled = false</c>).</summary>
    [Params("on", "off")]
    public string Resilience { get; set; } = "on";

    /// <summary>Whether the handler answers after a yield (async, as a socket) or at once.</summary>
    [Params(false, true)]
    public bool Suspend { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var handler = new TinyHandler(Suspend);
        _raw = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("http://127.0.0.1:9/stores/floor/") };
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
            {
                o.BaseAddress = new Uri("http://127.0.0.1:9/");
                o.DangerousAllowHttp = true;
                o.StoreHash = "floor";
                o.AccessToken = "token";
                o.Resilience.Enabled = Resilience == "on";
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<BigCommerceClient>();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
    }

    /// <summary>Floor: a raw <see cref="HttpClient"/> and <c>DeserializeAsync</c>.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Floor() => (await FloorServer.ReadAsync(_raw, "v2/tiny/1", FloorJsonContext.Default.FloorTiny)).Id;

    /// <summary>Floor: the spec's example order (72 fields) read into a plain record.</summary>
    [Benchmark]
    public async Task<int> FloorOrder() => (await FloorServer.ReadAsync(_raw, "v2/orders/218", FloorJsonContext.Default.FloorOrder)).Id;

    /// <summary>The client: <c>Orders.GetAsync(218)</c> (typed dates, money, statuses).</summary>
    [Benchmark]
    public async Task<int> ClientOrder() => (await _client.Orders.GetAsync(218)).Value.Id;

    /// <summary>The client's stack, through <c>client.SendAsync</c>.</summary>
    [Benchmark]
    public async Task<int> Client()
        => (await _client.SendAsync(ApiRequest.Get("v2/tiny/1"), FloorJsonContext.Default.FloorTiny)).Value.Id;

    private sealed class TinyHandler(bool suspend) : HttpMessageHandler
    {
        private static readonly byte[] Tiny = "{\"id\":1}"u8.ToArray();
        private static readonly byte[] Order = FloorServer.Bytes(FloorServer.BigCommerceOrder(218));
        private readonly BigCommerceQuota _quota = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (suspend)
            {
                await Task.Yield();
            }

            var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(request.RequestUri!.AbsolutePath.EndsWith("/orders/218", StringComparison.Ordinal) ? Order : Tiny) };
            response.Content.Headers.ContentType = new("application/json");
            var (left, quota, window, reset) = _quota.Next();
            response.Headers.TryAddWithoutValidation("X-Rate-Limit-Requests-Left", left);
            response.Headers.TryAddWithoutValidation("X-Rate-Limit-Requests-Quota", quota);
            response.Headers.TryAddWithoutValidation("X-Rate-Limit-Time-Window-Ms", window);
            response.Headers.TryAddWithoutValidation("X-Rate-Limit-Time-Reset-Ms", reset);
            return response;
        }
    }
}
