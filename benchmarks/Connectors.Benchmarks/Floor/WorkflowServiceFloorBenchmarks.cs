using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Connectors.OpenText.WorkflowService;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// Workflow Service against the floor: one task (<c>GET tasks/{id}</c>) and one list page of 50 tasks (<c>GET tasks</c>,
/// HAL <c>_embedded.tasks</c>), the tasks being the published task list's items (<c>workflow-published-shapes.json</c>,
/// Floor/SOURCE.md) with their ids renumbered.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkflowServiceFloorBenchmarks
{
    private const int PageSize = 50;
    private const string TasksPath = "/workflow/v1/tasks";
    private static readonly string GetId = TaskId(7);
    private FloorServer _server = null!;
    private ServiceProvider _services = null!;
    private WorkflowServiceClient _client = null!;
    private HttpClient _raw = null!;
    private string _listUrl = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var published = FloorServer.Example("workflow-published-shapes.json")["tasks"]!;
        var tasks = published["_embedded"]!["tasks"]!.AsArray();
        JsonNode Task(int n)
        {
            var task = tasks[n % tasks.Count]!.DeepClone();
            task["id"] = TaskId(n);
            return task;
        }

        var page = published.DeepClone().AsObject();
        page["_embedded"] = new JsonObject { ["tasks"] = new JsonArray([.. Enumerable.Range(1, PageSize).Select(Task)]) };
        page["page"] = new JsonObject { ["size"] = PageSize, ["totalElements"] = PageSize, ["totalPages"] = 1, ["number"] = 0 };
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        OpenTextFloor.AddTokens(bodies);
        bodies[$"{TasksPath}/{GetId}"] = FloorServer.Bytes(Task(7).AsObject());
        bodies[TasksPath] = FloorServer.Bytes(page);
        _server = await FloorServer.StartAsync(bodies);
        var services = new ServiceCollection();
        services.AddWorkflowService(o =>
        {
            OpenTextFloor.Configure(o, _server, new Uri(_server.Address, "workflow/v1/"));
            o.DefaultPageSize = PageSize;
        });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<WorkflowServiceClient>();
        _raw = OpenTextFloor.Raw(_server);

        OpenTextFloor.Same(await FloorGet(), await ClientGet(), "Workflow task");
        var clientCount = await ClientListPage();
        _listUrl = _server.LastRequest!;
        OpenTextFloor.Same(PageSize, clientCount, "Workflow tasks page (client)");
        OpenTextFloor.Same(PageSize, await FloorListPage(), "Workflow tasks page (floor)");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>Floor: one task into <see cref="FloorTask"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("WorkflowGet")]
    public async Task<string> FloorGet() => (await FloorServer.ReadAsync(_raw, $"{TasksPath}/{GetId}", OpenTextFloorJsonContext.Default.FloorTask)).Id!;

    /// <summary>The client: <c>Tasks.GetAsync(id)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("WorkflowGet")]
    public async Task<string> ClientGet() => (await _client.Tasks.GetAsync(GetId)).Value.Id;

    /// <summary>Floor: the same list URL into <see cref="FloorTaskPage"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("WorkflowListPage")]
    public async Task<int> FloorListPage()
        => (await FloorServer.ReadAsync(_raw, _listUrl, OpenTextFloorJsonContext.Default.FloorTaskPage)).Embedded!.Tasks!.Count;

    /// <summary>The client: the first page of <c>Tasks.ListAsync()</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("WorkflowListPage")]
    public Task<int> ClientListPage() => OpenTextFloor.FirstPageAsync(_client.Tasks.ListAsync());

    private static string TaskId(int n) => "6b7b0c2e-1f0a-11ee-9d2a-" + n.ToString("D12", CultureInfo.InvariantCulture);
}
