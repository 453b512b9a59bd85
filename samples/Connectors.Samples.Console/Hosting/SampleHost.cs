using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Smoke;
using Connectors.Samples.Telemetry;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Sqlite;
using Connectors.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Connectors.Samples.Hosting;

/// <summary>
/// The sample's generic host: every client, the scenarios engine on a SQLite store in a temp folder, the smoke
/// scenario and the catalog recipes. Without configuration the clients point at emulators started in-process;
/// with any of the sections <see cref="Sections"/> they point at the configured real systems.
/// </summary>
public sealed class SampleHost : IAsyncDisposable
{
    private readonly string _dataFolder;

    private SampleHost(IHost host, EmulatedSystems? systems, string dataFolder)
    {
        Host = host;
        Systems = systems;
        _dataFolder = dataFolder;
    }

    /// <summary>The configuration sections of the five systems, bound with each client's <c>Add…(IConfiguration)</c>.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["BigCommerce", "CoreCase", "Exstream", "TradingGrid", "WorkflowService"];

    /// <summary>The started host.</summary>
    public IHost Host { get; }

    /// <summary>The emulators, or <see langword="null"/> against real systems.</summary>
    public EmulatedSystems? Systems { get; }

    /// <summary>The host's configuration.</summary>
    public IConfiguration Configuration => (IConfiguration)Host.Services.GetService(typeof(IConfiguration))!;

    /// <summary>Whether the configuration names any real system.</summary>
    /// <param name="configuration">The configuration.</param>
    public static bool UsesRealSystems(IConfiguration configuration)
        => Sections.Any(s => configuration.GetSection(s).Exists());

    /// <summary>Builds and starts the host (and the emulators, when nothing is configured).</summary>
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--CoreCase:TenantId=…</c>).</param>
    /// <param name="configure">Adds configuration sources (tests).</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <param name="configureServices">Adds services after the clients are registered (the verify command's recorder).</param>
    public static async Task<SampleHost> StartAsync(string[] args, Action<IConfigurationBuilder>? configure = null, CancellationToken cancellationToken = default, Action<IServiceCollection, EmulatedSystems?>? configureServices = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddUserSecrets(typeof(SampleHost).Assembly, optional: true);
        configure?.Invoke(builder.Configuration);

        // The report owns standard output; diagnostics (dead letters, retries) go to standard error.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // Standard output is the report, so spans are exported only when asked for (docs/observability.md).
        builder.Services.AddSampleTelemetry(builder.Configuration, "connectors-samples-console", defaultExporter: "none");

        var realSystems = UsesRealSystems(builder.Configuration);
        var settings = RecipeSettings.Bind(builder.Configuration, emulated: !realSystems);
        EmulatedSystems? systems = null;
        if (realSystems)
        {
            builder.Services.AddBigCommerce(builder.Configuration.GetSection("BigCommerce"));
            builder.Services.AddCoreCase(builder.Configuration.GetSection("CoreCase"));
            builder.Services.AddExstream(builder.Configuration.GetSection("Exstream"));
            builder.Services.AddTradingGrid(builder.Configuration.GetSection("TradingGrid"));
            builder.Services.AddWorkflowService(builder.Configuration.GetSection("WorkflowService"));
        }
        else
        {
            systems = await EmulatedSystems.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            builder.Services.AddEmulatedConnectors(systems);
        }

        configureServices?.Invoke(builder.Services, systems);
        var dataFolder = Directory.CreateTempSubdirectory("connectors-samples-").FullName;
        var scenarios = builder.Services.AddScenarios(o =>
        {
            o.RunPollers = false; // the checks poll explicitly, so each run is deterministic
            o.Retry.MaxRetries = 3;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(50);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        }).UseSqliteStore(Path.Combine(dataFolder, "scenarios.db"));

        var caseDefinitionId = builder.Configuration["Smoke:CaseDefinitionId"] ?? CoreCaseState.DefaultCaseDefinitionId;
        scenarios.AddSmokeScenario(caseDefinitionId);
        SampleRecipes.Add(scenarios, settings);
        builder.Services.AddOrderManagement();
        if (systems is not null)
        {
            EmulatorSeed.Apply(systems);
        }

        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            if (systems is not null)
            {
                await systems.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        return new SampleHost(host, systems, dataFolder);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync().ConfigureAwait(false);
        Host.Dispose();
        if (Systems is not null)
        {
            await Systems.DisposeAsync().ConfigureAwait(false);
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the OS cleans it.
        }
    }
}
