using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Connectors.Samples.Telemetry;

/// <summary>
/// OpenTelemetry for the samples: the spans and metrics of every client and of the engine, exported to the console
/// or, when an endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), over OTLP.
/// </summary>
public static class SampleTelemetry
{
    /// <summary>
    /// Adds tracing and metrics. <c>OpenTelemetry:Exporter</c> picks the exporter: <c>console</c>, <c>otlp</c> or
    /// <c>none</c>; without it, OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, else <paramref name="defaultExporter"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="serviceName">The <c>service.name</c> resource attribute.</param>
    /// <param name="defaultExporter">The exporter when nothing is configured.</param>
    /// <returns>The exporter in use.</returns>
    public static string AddSampleTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName, string defaultExporter)
    {
        var exporter = configuration["OpenTelemetry:Exporter"]
            ?? (string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) ? defaultExporter : "otlp");
        if (exporter is not ("console" or "otlp"))
        {
            return "none";
        }

        var otlp = exporter == "otlp";
        // begin-snippet: observability-wiring
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource("Connectors.*"); // Connectors.{System} for each client, Connectors.Scenarios for the engine
                _ = otlp ? tracing.AddOtlpExporter() : tracing.AddConsoleExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Connectors.*");
                _ = otlp ? metrics.AddOtlpExporter() : metrics.AddConsoleExporter();
            });
        // end-snippet
        return exporter;
    }
}
