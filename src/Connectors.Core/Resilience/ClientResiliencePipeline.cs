using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace Connectors.Core.Resilience;

/// <summary>
/// The Polly v8 pipeline of one client instance, built once and shared by every handler <c>IHttpClientFactory</c>
/// creates (so the circuit breaker sees every call); <see cref="ConnectorHandler"/> runs it with a pooled
/// <see cref="ResilienceContext"/> and a static callback.
/// </summary>
internal static class ClientResiliencePipeline
{
    /// <summary>
    /// The pipeline of one client: <see cref="ConnectorResiliencePipeline"/>'s strategies (without the attempt timeout
    /// nor the total timeout, which <see cref="ConnectorHandler"/> holds), the <see cref="TimeProvider"/> of <paramref name="services"/>,
    /// and Polly's own logs and metrics only when something can observe them; <c>null</c> when resilience is off.
    /// </summary>
    /// <param name="services">The services (time provider, logging, Polly's <see cref="TelemetryOptions"/>).</param>
    /// <param name="name">The pipeline's name in Polly's telemetry.</param>
    /// <param name="options">The knobs.</param>
    /// <param name="rateLimitReader">The vendor's rate-limit header reader, if it has one.</param>
    /// <param name="onRetry">Called before each retry (the client's own retry counter and log).</param>
    internal static ResiliencePipeline<HttpResponseMessage>? Build(
        IServiceProvider services,
        string name,
        ConnectorResilienceOptions options,
        IRateLimitReader? rateLimitReader,
        Action<int, TimeSpan, Outcome<HttpResponseMessage>> onRetry)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = name,
            TimeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System,
            TelemetryListener = PollyTelemetry(services),
        };
        ConnectorResiliencePipeline.Configure(builder, options, rateLimitReader, onRetry, attemptTimeout: false, totalTimeout: false);
        return builder.Build();
    }

    /// <summary>
    /// Polly's telemetry (its "Polly" log category and meter, and any <see cref="TelemetryOptions.TelemetryListeners"/>),
    /// attached when, as the pipeline is built, a logging provider takes the "Polly" category, a meter listener listens
    /// to Polly's meter, or a telemetry listener is configured. Unobserved, it would only cost time and memory per call.
    /// </summary>
    private static TelemetryListener? PollyTelemetry(IServiceProvider services)
    {
        var options = new TelemetryOptions(services.GetRequiredService<IOptions<TelemetryOptions>>().Value);
        if (ReferenceEquals(options.LoggerFactory, NullLoggerFactory.Instance))
        {
            options.LoggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        }

        // Configuring telemetry creates Polly's instruments, so a meter listener can have enabled them by now.
        var listener = new ResiliencePipelineBuilder().ConfigureTelemetry(options).TelemetryListener;
        var observed = options.TelemetryListeners.Count > 0
                       || options.LoggerFactory.CreateLogger("Polly").IsEnabled(LogLevel.Critical)
                       || PollyMeterListened();
        return observed ? listener : null;
    }

    private static bool PollyMeterListened()
    {
        var listened = false;
        using var probe = new MeterListener();
        probe.InstrumentPublished = (instrument, _) => listened |= instrument.Meter.Name == "Polly" && instrument.Enabled;
        probe.Start(); // reports every instrument published so far; the probe enables none
        return listened;
    }
}
