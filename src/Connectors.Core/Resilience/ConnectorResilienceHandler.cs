using Connectors.Shared;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using Polly.Timeout;

namespace Connectors.Core.Resilience;

/// <summary>
/// Runs each request of a client through the client's Polly v8 pipeline (<see cref="ConnectorResiliencePipeline"/>),
/// built once per client and shared by every handler instance <c>IHttpClientFactory</c> creates, so the circuit
/// breaker sees every call. Per call it takes a pooled <see cref="ResilienceContext"/> carrying the request and runs
/// a static callback with its state: nothing but what the strategies themselves need is allocated.
/// </summary>
internal sealed class ConnectorResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, TimeSpan totalTimeout, TimeProvider time) : DelegatingHandler
{
    // The total timeout is held here rather than by Polly's timeout strategy (same semantics: one deadline over every
    // attempt and retry delay, a TimeoutRejectedException when it ends the call) with reused CancellationTokenSources
    // on the system clock, as AttemptDeadlineHandler does: Polly's strategy costs a linked source and an async layer
    // per call. On any other TimeProvider (tests, fake clocks) the deadline runs on that provider.
    private static readonly CancellationSources Deadlines = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var system = ReferenceEquals(time, TimeProvider.System);
        CancellationTokenSource deadline;
        if (system)
        {
            deadline = Deadlines.Rent();
            deadline.CancelAfter(totalTimeout);
        }
        else
        {
            deadline = new CancellationTokenSource(totalTimeout, time);
        }

        var link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), deadline);
        var context = ResilienceContextPool.Shared.Get(deadline.Token);
        context.SetRequestMessage(request); // ConnectorResiliencePipeline.ShouldRetry reads it
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.Handler.SendAttemptAsync(state.Request, context.CancellationToken).ConfigureAwait(false));
                    }
#pragma warning disable CA1031 // every failure of an attempt is an outcome the strategies judge
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            if (outcome.Exception is OperationCanceledException canceled && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutRejectedException($"The operation didn't complete within the allowed timeout of '{totalTimeout}'.", totalTimeout, canceled);
            }

            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            await link.DisposeAsync().ConfigureAwait(false);
            if (system)
            {
                Deadlines.Return(deadline); // reset, its timer too: ready for another call
            }
            else
            {
                deadline.Dispose();
            }
        }
    }

    /// <summary>
    /// The pipeline of one client: <see cref="ConnectorResiliencePipeline"/>'s strategies (without the attempt timeout,
    /// which <see cref="AttemptDeadlineHandler"/> owns, nor the total timeout, which the handler holds), the <see cref="TimeProvider"/> of <paramref name="services"/>,
    /// and Polly's own logs and metrics only when something can observe them; <c>null</c> when resilience is off.
    /// </summary>
    /// <param name="services">The services (time provider, logging, Polly's <see cref="TelemetryOptions"/>).</param>
    /// <param name="name">The pipeline's name in Polly's telemetry.</param>
    /// <param name="options">The knobs.</param>
    /// <param name="rateLimitReader">The vendor's rate-limit header reader, if it has one.</param>
    /// <param name="onRetry">Called before each retry (the client's own retry counter and log).</param>
    internal static ResiliencePipeline<HttpResponseMessage>? BuildPipeline(
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

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => base.SendAsync(request, cancellationToken);
}
