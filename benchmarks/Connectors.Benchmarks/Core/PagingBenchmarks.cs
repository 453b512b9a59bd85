using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Core;

/// <summary>
/// Paging through 10,000 items (40 pages of 250) served from memory: Connectors.Core's full stack
/// (DI-built client, telemetry, Polly pipeline, ApiConnection, AsyncPageable) against a hand-written
/// HttpClient + System.Text.Json loop over the same handler and the same source-generated metadata.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private const int PageSize = 250;
    private const int Total = 10_000;
    private HttpClient _handWritten = null!;
    private ApiConnection _core = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new InMemoryPages(Total, PageSize);
        _handWritten = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("http://127.0.0.1:9/") };
        var services = new ServiceCollection();
        services.AddConnectorClient(
                string.Empty,
                new ConnectorClientRegistration<ApiConnection, BenchOptions>("Bench", (_, http, _) => new ApiConnection(http, new ApiConnectionOptions("Bench", (_, _) => ErrorDetails.None))),
                o => o.BaseAddress = new Uri("http://127.0.0.1:9/"))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        _services = services.BuildServiceProvider();
        _core = _services.GetRequiredService<ApiConnection>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _handWritten.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<long> HandWrittenLoop()
    {
        long sum = 0;
        for (var page = 1; ; page++)
        {
            using var response = await _handWritten.GetAsync($"items?page={page}&limit={PageSize}");
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync();
            var body = await JsonSerializer.DeserializeAsync(stream, BenchJsonContext.Default.ItemPage);
            foreach (var item in body!.Data)
            {
                sum += item.Id;
            }

            if (body.Data.Count < PageSize)
            {
                break;
            }
        }

        return sum;
    }

    [Benchmark]
    public async Task<long> ConnectorsCore()
    {
        var pageable = new AsyncPageable<BenchItem>(async (token, size, ct) =>
        {
            var page = Paging.PageNumber(token);
            var response = await _core.SendAsync(ApiRequest.Get("items").WithQuery("page", page).WithQuery("limit", PageSize), BenchJsonContext.Default.ItemPage, ct);
            var items = response.Value.Data;
            return new Page<BenchItem>(items, Paging.NextPageByCount(page, items.Count, PageSize), response.GetRawResponse());
        });
        long sum = 0;
        await foreach (var item in pageable)
        {
            sum += item.Id;
        }

        return sum;
    }

    private sealed class InMemoryPages : HttpMessageHandler
    {
        private readonly byte[][] _pages;

        public InMemoryPages(int total, int pageSize)
        {
            var count = (total + pageSize - 1) / pageSize;
            _pages = new byte[count + 1][];
            for (var p = 0; p <= count; p++)
            {
                var items = Enumerable.Range(p * pageSize, Math.Max(0, Math.Min(pageSize, total - (p * pageSize))))
                    .Select(i => new BenchItem(i, $"Item {i}", 10.5m + i, "2024-01-02T03:04:05Z")).ToList();
                _pages[p] = JsonSerializer.SerializeToUtf8Bytes(new ItemPage(items), BenchJsonContext.Default.ItemPage);
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = request.RequestUri!.Query;
            var start = query.IndexOf("page=", StringComparison.Ordinal) + 5;
            var end = query.IndexOf('&', start);
            var page = int.Parse(query[start..(end < 0 ? query.Length : end)], System.Globalization.CultureInfo.InvariantCulture);
            var content = new ByteArrayContent(_pages[Math.Min(page - 1, _pages.Length - 1)]);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

public sealed class BenchOptions : ConnectorClientOptions;

public sealed record BenchItem(int Id, string Name, decimal Price, string Modified);

public sealed record ItemPage(List<BenchItem> Data);

[JsonSerializable(typeof(ItemPage))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
