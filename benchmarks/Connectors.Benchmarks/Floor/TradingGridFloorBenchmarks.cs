using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Connectors.OpenText.TradingGrid;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// Trading Grid against the floor: one user (<c>GET …/companies/{companyId}/users/{userId}</c>, "details for user") and
/// one list page of 50 users (<c>GET …/users</c>, "List all users", a bare array), each user being the collection's
/// "Create User" body without its secrets, plus the ids (Floor/SOURCE.md). Tokens come from the Trading Grid route.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TradingGridFloorBenchmarks
{
    private const int PageSize = 50;
    private const string Company = "GC00804444LX";
    private const string UsersPath = $"/TGCommunityServices/v1/companies/{Company}/users";
    private static readonly string GetId = UserId(7);
    private FloorServer _server = null!;
    private ServiceProvider _services = null!;
    private TradingGridClient _client = null!;
    private HttpClient _raw = null!;
    private string _listUrl = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        OpenTextFloor.AddTokens(bodies);
        bodies[$"{UsersPath}/{GetId}"] = FloorServer.Bytes(User(7));
        bodies[UsersPath] = FloorServer.Bytes(new JsonArray([.. Enumerable.Range(1, PageSize).Select(n => (JsonNode)User(n))]));
        _server = await FloorServer.StartAsync(bodies);
        var services = new ServiceCollection();
        services.AddTradingGrid(o =>
        {
            OpenTextFloor.Configure(o, _server);
            o.CompanyId = Company;
        });
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<TradingGridClient>();
        _raw = OpenTextFloor.Raw(_server);

        OpenTextFloor.Same(await FloorGet(), await ClientGet(), "Trading Grid user");
        var clientCount = await ClientListPage();
        _listUrl = _server.LastRequest!;
        OpenTextFloor.Same(PageSize, clientCount, "Trading Grid users page (client)");
        OpenTextFloor.Same(PageSize, await FloorListPage(), "Trading Grid users page (floor)");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>Floor: one user into <see cref="FloorTgUser"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("TradingGridGet")]
    public async Task<string> FloorGet() => (await FloorServer.ReadAsync(_raw, $"{UsersPath}/{GetId}", OpenTextFloorJsonContext.Default.FloorTgUser)).UserId!;

    /// <summary>The client: <c>Users.GetAsync(userId)</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("TradingGridGet")]
    public async Task<string> ClientGet() => (await _client.Users.GetAsync(GetId)).Value.UserId!;

    /// <summary>Floor: the same list URL into a list of <see cref="FloorTgUser"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("TradingGridListPage")]
    public async Task<int> FloorListPage() => (await FloorServer.ReadAsync(_raw, _listUrl, OpenTextFloorJsonContext.Default.ListFloorTgUser)).Count;

    /// <summary>The client: the first page of <c>Users.ListAsync()</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("TradingGridListPage")]
    public Task<int> ClientListPage() => OpenTextFloor.FirstPageAsync(_client.Users.ListAsync());

    private static string UserId(int n) => "GCPUSER" + n.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The published "Create User" body as a stored user: ids and e-mail added, password and hints left out.</summary>
    private static JsonObject User(int n)
    {
        var user = FloorServer.Example("tradinggrid-create-user.json").AsObject();
        user.Remove("loginPassword");
        user.Remove("userPasswordHint");
        user["userId"] = UserId(n);
        user["loginId"] = "hmunster" + n.ToString(CultureInfo.InvariantCulture);
        user["email"] = user["contactInformation"]!["email"]!.DeepClone();
        return user;
    }
}
