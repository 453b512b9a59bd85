using System.Diagnostics.CodeAnalysis;
using Connectors.Core.Resilience;
using Connectors.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Connectors.Core.DependencyInjection;

/// <summary>The registration every client's <c>Add{System}</c> method is built on.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers a named client: validated options, an <see cref="HttpClient"/> from <c>IHttpClientFactory</c>
    /// with telemetry → resilience (Polly) → attempt deadline → pacing handlers (without the factory's own logging
    /// handlers: <see cref="TelemetryHandler"/> logs each call; <c>AddDefaultLogger()</c> on the returned builder brings
    /// them back), the client as a keyed service under
    /// <paramref name="name"/> (and unkeyed for the default name), and <see cref="IConnectorClientFactory{TClient}"/>.
    /// Add the auth handler to the returned builder: it runs innermost, once per attempt.
    /// </summary>
    /// <typeparam name="TClient">The client type.</typeparam>
    /// <typeparam name="TOptions">The client's options.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="name">The instance name; <see cref="Options.DefaultName"/> for the default.</param>
    /// <param name="registration">How to build the client.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The HTTP client builder, to add the auth handler.</returns>
    public static IHttpClientBuilder AddConnectorClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this IServiceCollection services,
        string name,
        ConnectorClientRegistration<TClient, TOptions> registration,
        Action<TOptions> configure)
        where TClient : class
        where TOptions : ConnectorClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(configure);

        var system = registration.System;
        var httpName = HttpClientName(system, name);
        services.AddOptions<TOptions>(name).Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new ConnectorOptionsValidator<TOptions>(name, system));
        services.TryAddSingleton(sp => new RateLimitGateRegistry(sp.GetService<TimeProvider>()));
        services.TryAddSingleton<IConnectorClientFactory<TClient>, ConnectorClientFactory<TClient>>();

        var reader = registration.RateLimitReader;
        // IHttpClientFactory's default logging handlers (categories System.Net.Http.HttpClient.{name}.*) are dropped:
        // TelemetryHandler logs every call itself (RequestCompleted/RequestFailed) and costs nothing when its level is
        // off. Call AddDefaultLogger() on the returned builder to get the factory's logs back.
        var builder = services.AddHttpClient(httpName)
            .RemoveAllLoggers()
            .ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = OptionsOf<TOptions>(sp, name).GetBaseAddress();
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            })
            .AddHttpMessageHandler(sp => new TelemetryHandler(ConnectorDiagnostics.For(system), LoggerOf(sp, system), reader));

        // One Polly pipeline per client (the circuit breaker sees every call), run by our handler with a pooled context.
        services.AddKeyedSingleton(httpName, (sp, _) => new ClientPipeline(ConnectorResilienceHandler.BuildPipeline(
            sp,
            httpName + "-" + httpName, // the name Microsoft.Extensions.Http.Resilience gave it in Polly's telemetry
            OptionsOf<TOptions>(sp, name).Resilience,
            reader,
            RetryTelemetry(system, LoggerOf(sp, system))),
            OptionsOf<TOptions>(sp, name).Resilience.TotalTimeout,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.AddHttpMessageHandler(sp => sp.GetRequiredKeyedService<ClientPipeline>(httpName) is { Pipeline: { } pipeline } client
            ? new ConnectorResilienceHandler(pipeline, client.TotalTimeout, client.Time)
            : new PassThroughHandler());

        // Inside the resilience handler: each attempt's headers and body are read under the attempt deadline.
        builder.AddHttpMessageHandler(sp => new AttemptDeadlineHandler(system, OptionsOf<TOptions>(sp, name).Resilience.AttemptTimeout));

        if (reader is not null)
        {
            builder.AddHttpMessageHandler(sp =>
            {
                var options = OptionsOf<TOptions>(sp, name).Resilience;
                return options.PacingEnabled
                    ? new PacingHandler(sp.GetRequiredService<RateLimitGateRegistry>().Get(httpName, options.PacingReserve), reader)
                    : new PassThroughHandler();
            });
        }

        services.AddKeyedTransient<TClient>(name, (sp, _) =>
            registration.Create(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpName), OptionsOf<TOptions>(sp, name)));
        if (name == Options.DefaultName)
        {
            services.TryAddTransient(sp => sp.GetRequiredKeyedService<TClient>(Options.DefaultName));
        }

        if (registration.HealthProbe is { } probe)
        {
            var check = system.Replace("OpenText.", string.Empty, StringComparison.Ordinal).ToLowerInvariant() + (name.Length == 0 ? string.Empty : ":" + name);
            services.AddSingleton(new ConnectorHealthProbe(check, (sp, ct) => probe(sp.GetRequiredKeyedService<TClient>(name), ct)));
        }

        return builder;
    }

    /// <summary>The <see cref="IHttpClientFactory"/> name of a client instance.</summary>
    /// <param name="system">The system.</param>
    /// <param name="name">The instance name.</param>
    public static string HttpClientName(string system, string name) => $"Connectors.{system}.{(name.Length == 0 ? "default" : name)}";

    private static TOptions OptionsOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, string name)
        => services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);

    private static ILogger LoggerOf(IServiceProvider services, string system)
        => services.GetService<ILoggerFactory>()?.CreateLogger("Connectors." + system) ?? NullLogger.Instance;

    private static Action<int, TimeSpan, Polly.Outcome<HttpResponseMessage>> RetryTelemetry(string system, ILogger logger)
    {
        var diagnostics = ConnectorDiagnostics.For(system);
        return (attempt, delay, outcome) =>
        {
            diagnostics.Retries.Add(1);
            Log.Retrying(logger, system, attempt, (long)delay.TotalMilliseconds, outcome.Exception?.GetType().Name ?? ((int?)outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
        };
    }

    private sealed class PassThroughHandler : DelegatingHandler;

    private sealed record ClientPipeline(Polly.ResiliencePipeline<HttpResponseMessage>? Pipeline, TimeSpan TotalTimeout, TimeProvider Time);
}
