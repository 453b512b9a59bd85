using Microsoft.Extensions.Configuration;

namespace Connectors.Emulators.Tool.Tests;

/// <summary>One tool process with all five systems on free ports, shared by the tests of a class.</summary>
public sealed class RunningToolFixture : IAsyncLifetime
{
    private readonly string _configFile = Path.Combine(Path.GetTempPath(), $"connectors-emulators-{Guid.NewGuid():N}.json");
    private ToolProcess? _tool;

    /// <summary>The configuration the tool wrote.</summary>
    public IConfiguration Configuration { get; private set; } = new ConfigurationBuilder().Build();

    internal ToolProcess Tool => _tool ?? throw new InvalidOperationException("Not started.");

    /// <summary>Maps the docs page's default address of each system (port 5180 + offset) to where this run listens.</summary>
    public string Rewrite(string url)
    {
        var identity = new Uri(Configuration["CoreCase:AuthenticationBaseAddress"]!);
        var roots = new[]
        {
            identity,
            new Uri(Configuration["BigCommerce:BaseAddress"]!),
            new Uri(Configuration["CoreCase:BaseAddress"]!),
            new Uri(Configuration["Exstream:BaseAddress"]!),
            new Uri(Configuration["TradingGrid:BaseAddress"]!),
            new Uri(new Uri(Configuration["WorkflowService:BaseAddress"]!), "/"),
        };
        var uri = new Uri(url);
        var offset = uri.Port - 5180;
        Assert.InRange(offset, 0, roots.Length - 1);
        return new UriBuilder(uri) { Port = roots[offset].Port }.Uri.ToString();
    }

    public async Task InitializeAsync()
    {
        _tool = ToolProcess.Start("--port-base", "0", "--write-config", _configFile);
        await _tool.WaitUntilReadyAsync();
        Configuration = new ConfigurationBuilder().AddJsonFile(_configFile).Build();
    }

    public async Task DisposeAsync()
    {
        if (_tool is not null)
        {
            await _tool.DisposeAsync();
        }

        File.Delete(_configFile);
    }
}
