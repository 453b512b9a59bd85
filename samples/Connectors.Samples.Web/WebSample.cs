using Connectors.AspNetCore;
using Connectors.Samples.Telemetry;
using Connectors.Samples.Web.Hosting;
using Connectors.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Connectors.Samples.Web;

/// <summary>
/// The web sample: the inbound webhook endpoints, the scenarios runner on SQLite with the order-exception
/// recipes, health checks at <c>/health</c> and the packaged dashboard at <c>/dashboard</c> (<c>/</c> redirects there).
/// Without configuration the clients
/// point at emulators started in-process; with a system's section (see <see cref="SampleSystems.Sections"/>) at
/// the real one.
/// </summary>
public sealed class WebSample : IAsyncDisposable
{
    private readonly string? _temporaryFolder;
    private WebApplication? _app;

    private WebSample(EmulatedSystems? systems, string? temporaryFolder)
    {
        Systems = systems;
        _temporaryFolder = temporaryFolder;
    }

    /// <summary>The started application.</summary>
    public WebApplication App => _app ?? throw new InvalidOperationException("The web sample is not built.");

    /// <summary>The emulators, or <see langword="null"/> against real systems.</summary>
    public EmulatedSystems? Systems { get; }

    /// <summary>The address the application listens on (the first one, when there are several).</summary>
    public Uri Address => new(App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");

    /// <summary>Builds and starts the application (and the emulators, when nothing is configured).</summary>
    /// <param name="args">Command-line arguments: <c>--urls</c> and configuration overrides such as <c>--Scenarios:RunPollers=false</c>.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The started sample; dispose it to stop.</returns>
    public static async Task<WebSample> StartAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddUserSecrets(typeof(WebSample).Assembly, optional: true);
        builder.Configuration.AddCommandLine(args); // again, so the command line still wins over user secrets

        var systems = await SampleSystems.AddClientsAsync(builder.Services, builder.Configuration, cancellationToken).ConfigureAwait(false);
        builder.Services.AddSampleTelemetry(builder.Configuration, "connectors-samples-web", defaultExporter: "console");

        // Emulators start empty each run, so their engine state goes in a throw-away folder unless a path is set.
        var database = builder.Configuration["Scenarios:Database"];
        var temporaryFolder = database is null && systems is not null ? Directory.CreateTempSubdirectory("connectors-web-").FullName : null;
        database ??= Path.Combine(temporaryFolder ?? builder.Environment.ContentRootPath, "scenarios.db");

        var sample = new WebSample(systems, temporaryFolder);
        try
        {
            sample._app = Build(builder, database, emulated: systems is not null);
            await sample._app.StartAsync(cancellationToken).ConfigureAwait(false);
            return sample;
        }
        catch
        {
            await sample.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static WebApplication Build(WebApplicationBuilder builder, string database, bool emulated)
    {
        // begin-snippet: web-sample-wiring
        SampleScenarios.Add(builder.Services, builder.Configuration, database, emulated);
        SampleWebhooks.Add(builder.Services, builder.Configuration, emulated);
        SampleDashboard.Add(builder.Services, builder.Configuration, emulated);
        builder.Services.AddConnectorsHealthChecks();

        var app = builder.Build();
        app.MapConnectorsWebhooks(SampleWebhooks.Prefix);
        app.MapHealthChecks("/health");
        app.MapConnectorsDashboard(SampleDashboard.Path, SampleDashboard.Policy);
        app.MapGet("/", () => Results.Redirect(SampleDashboard.Path + "/"));
        // end-snippet
        return app;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        if (Systems is not null)
        {
            await Systems.DisposeAsync().ConfigureAwait(false);
        }

        if (_temporaryFolder is not null)
        {
            try
            {
                Directory.Delete(_temporaryFolder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the OS cleans it.
            }
        }
    }
}
