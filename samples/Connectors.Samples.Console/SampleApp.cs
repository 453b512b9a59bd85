using Connectors.Samples.Catalog;
using Connectors.Samples.Hosting;
using Connectors.Samples.Output;
using Microsoft.Extensions.Configuration;

namespace Connectors.Samples;

/// <summary>The main job: start the host (emulated or configured), run the catalog checks, print the report.</summary>
public static class SampleApp
{
    /// <summary>Runs the catalog and writes the report.</summary>
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="output">Where plain lines go.</param>
    /// <param name="interactive">Whether to show the live progress display.</param>
    /// <param name="configure">Adds configuration sources (tests).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>0 when every line is OK, 1 otherwise.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, bool interactive, Action<IConfigurationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var host = await SampleHost.StartAsync(args, configure, cancellationToken).ConfigureAwait(false);
        output.WriteLine(host.Systems is null
            ? "Connectors catalog run against the configured systems."
            : "Connectors catalog run against in-process emulators (no configuration found).");
        var context = new CatalogContext(host.Host.Services, host.Configuration, host.Systems);
        var report = await ReportWriter.RunAsync(context, CatalogChecks.Discover(), output, interactive, cancellationToken).ConfigureAwait(false);
        return report.ExitCode;
    }

    /// <summary>Runs the catalog without writing anything: for tests.</summary>
    /// <param name="configure">Adds configuration sources.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    public static async Task<CatalogReport> RunCatalogAsync(Action<IConfigurationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        await using var host = await SampleHost.StartAsync([], configure, cancellationToken).ConfigureAwait(false);
        var context = new CatalogContext(host.Host.Services, host.Configuration, host.Systems);
        return await CatalogRunner.RunAsync(context, CatalogChecks.Discover(), cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
