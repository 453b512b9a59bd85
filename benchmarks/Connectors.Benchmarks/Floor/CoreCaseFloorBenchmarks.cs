using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Connectors.OpenText.CoreCase;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// Core Case against the floor: one case (<c>GET case-definitions/{d}/cases/{id}</c>, published) and one list page of
/// 50 cases (the assumed HAL list), bodies built from the published case instance (<c>corecase-caseinstance1.json</c>,
/// Floor/SOURCE.md). The client runs as <c>AddCoreCase</c> gives it (bearer token, resilience, telemetry).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CoreCaseFloorBenchmarks
{
    private const int PageSize = 50;
    private const string Definition = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";
    private static readonly string CasesPath = $"/api/v1/case-definitions/{Definition}/cases";
    private static readonly string GetId = CaseId(7);
    private FloorServer _server = null!;
    private ServiceProvider _services = null!;
    private CoreCaseClient _client = null!;
    private HttpClient _raw = null!;
    private string _listUrl = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        OpenTextFloor.AddTokens(bodies);
        bodies[$"{CasesPath}/{GetId}"] = FloorServer.Bytes(Case(7));
        bodies[CasesPath] = FloorServer.Bytes(new JsonObject
        {
            ["_embedded"] = new JsonObject { ["cases"] = new JsonArray([.. Enumerable.Range(1, PageSize).Select(n => (JsonNode)Case(n))]) },
            ["page"] = new JsonObject { ["size"] = PageSize, ["totalElements"] = PageSize, ["totalPages"] = 1, ["number"] = 0 },
        });
        _server = await FloorServer.StartAsync(bodies);
        var services = new ServiceCollection();
        services.AddCoreCase(o => OpenTextFloor.Configure(o, _server));
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<CoreCaseClient>();
        _raw = OpenTextFloor.Raw(_server);

        OpenTextFloor.Same(await FloorGet(), await ClientGet(), "Core Case get");
        var clientCount = await ClientListPage();
        _listUrl = _server.LastRequest!;
        OpenTextFloor.Same(PageSize, clientCount, "Core Case list page (client)");
        OpenTextFloor.Same(PageSize, await FloorListPage(), "Core Case list page (floor)");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>Floor: one case into <see cref="FloorCase"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CoreCaseGet")]
    public async Task<string> FloorGet()
        => (await FloorServer.ReadAsync(_raw, $"{CasesPath}/{GetId}", OpenTextFloorJsonContext.Default.FloorCase)).CaseProperties!.DefaultAttributes!.Id!;

    /// <summary>The client: <c>Cases.GetAsync(caseRef)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("CoreCaseGet")]
    public async Task<string> ClientGet() => (await _client.Cases.GetAsync(new CaseRef(Definition, GetId))).Value.Ref.CaseId;

    /// <summary>Floor: the same list URL into <see cref="FloorCasePage"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CoreCaseListPage")]
    public async Task<int> FloorListPage()
        => (await FloorServer.ReadAsync(_raw, _listUrl, OpenTextFloorJsonContext.Default.FloorCasePage)).Embedded!.Cases!.Count;

    /// <summary>The client: the first page of <c>Cases.ListAsync(definition)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("CoreCaseListPage")]
    public Task<int> ClientListPage() => OpenTextFloor.FirstPageAsync(_client.Cases.ListAsync(Definition));

    private static string CaseId(int n) => "6f1c2d3e-0a1b-4c5d-8e9f-" + n.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>The published case instance with the documented response fields (id, audit fields, identities) filled in.</summary>
    private static JsonObject Case(int n)
    {
        var body = FloorServer.Example("corecase-caseinstance1.json").AsObject();
        var attributes = body["caseProperties"]!["defaultAttributes"]!.AsObject();
        attributes["id"] = CaseId(n);
        attributes["createdOn"] = "2026-11-30T09:00:00.000+0000";
        attributes["createdBy"] = "jdoe";
        attributes["lastUpdatedOn"] = "2026-12-01T14:30:00.000+0000";
        attributes["lastUpdatedBy"] = "jdoe";
        attributes["createdByUser"] = Identity();
        attributes["lastUpdatedByUser"] = Identity();
        return body;
    }

    private static JsonObject Identity() => new()
    {
        ["id"] = "jdoe",
        ["etsUuid"] = "urn:uuid:5b0c7a52-3f1e-4d2a-9c6b-0e8f1a2b3c4d",
        ["caseIdentityType"] = "User",
        ["firstName"] = "Jane",
        ["lastName"] = "Doe",
        ["email"] = "jdoe@example.com",
    };
}
