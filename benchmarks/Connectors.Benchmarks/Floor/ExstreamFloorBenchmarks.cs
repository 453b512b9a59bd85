using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Connectors.OpenText.Exstream;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// Exstream against the floor: one communication set manifest (<c>GET design/api/v1/manifests/{domain}/communication-set/{id}</c>,
/// the SDK's <c>DasManifest</c> shape) and one list page of 100 DAS resources (<c>GET design/api/v1/resources/{domain}</c>,
/// <c>{status, data, page}</c>), the resources being the records of OpenText's export packages (Floor/SOURCE.md).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ExstreamFloorBenchmarks
{
    private const int PageSize = 100;
    private const string Domain = "Testdomain";
    private const string CommunicationSet = "619bd602-05de-4c30-829b-7ed074263dff";
    private const string ManifestPath = $"/design/api/v1/manifests/{Domain}/communication-set/{CommunicationSet}";
    private FloorServer _server = null!;
    private ServiceProvider _services = null!;
    private ExstreamClient _client = null!;
    private HttpClient _raw = null!;
    private string _listUrl = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var records = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Floor", "exstream-das-export"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => FloorServer.Example(Path.Combine("exstream-das-export", Path.GetFileName(f))))
            .ToArray();
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        OpenTextFloor.AddTokens(bodies);
        bodies[ManifestPath] = FloorServer.Bytes(FloorServer.Example("exstream-manifest.json"));
        bodies[$"/design/api/v1/resources/{Domain}"] = FloorServer.Bytes(new JsonObject
        {
            ["status"] = "success",
            ["data"] = new JsonArray([.. Enumerable.Range(0, PageSize).Select(i => records[i % records.Length].DeepClone())]),
            ["page"] = new JsonObject { ["pageSize"] = PageSize, ["pageOffset"] = 0, ["totalElements"] = PageSize, ["totalPages"] = 1, ["currentPageNumber"] = 0 },
        });
        _server = await FloorServer.StartAsync(bodies);
        var services = new ServiceCollection();
        services.AddExstream(o =>
        {
            OpenTextFloor.Configure(o, _server);
            o.Domain = Domain;
        });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<ExstreamClient>();
        _raw = OpenTextFloor.Raw(_server);

        OpenTextFloor.Same(await FloorGet(), await ClientGet(), "Exstream manifest");
        var clientCount = await ClientListPage();
        _listUrl = _server.LastRequest!;
        OpenTextFloor.Same(PageSize, clientCount, "Exstream resources page (client)");
        OpenTextFloor.Same(PageSize, await FloorListPage(), "Exstream resources page (floor)");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>Floor: the manifest into <see cref="FloorDasManifest"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ExstreamGet")]
    public async Task<string> FloorGet()
        => (await FloorServer.ReadAsync(_raw, ManifestPath, OpenTextFloorJsonContext.Default.FloorDasManifest)).Dsnlist![0].ProdDsn!;

    /// <summary>The client: <c>Design.GetCommunicationSetManifestAsync(id)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("ExstreamGet")]
    public async Task<string> ClientGet() => (await _client.Design.GetCommunicationSetManifestAsync(CommunicationSet)).Value.DataSources[0].ProdDsn!;

    /// <summary>Floor: the same list URL into <see cref="FloorDasPage"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ExstreamListPage")]
    public async Task<int> FloorListPage()
        => (await FloorServer.ReadAsync(_raw, _listUrl, OpenTextFloorJsonContext.Default.FloorDasPage)).Data!.Count;

    /// <summary>The client: the first page of <c>Design.ListResourcesAsync()</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("ExstreamListPage")]
    public Task<int> ClientListPage() => OpenTextFloor.FirstPageAsync(_client.Design.ListResourcesAsync());
}
