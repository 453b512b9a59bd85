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
    /// with one handler doing telemetry → resilience (total timeout, Polly retry and circuit breaker) → attempt deadline →
    /// pacing, as <see cref="TelemetryHandler"/>, <see cref="PacingHandler"/> and the Polly pipeline would in a chain
    /// (without the factory's own logging handlers: it logs each call; <c>AddDefaultLogger()</c> on the returned builder brings
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
        // the client's handler logs every call itself (RequestCompleted/RequestFailed) and costs nothing when its level
        // is off. Call AddDefaultLogger() on the returned builder to get the factory's logs back.
        var builder = services.AddHttpClient(httpName)
            .RemoveAllLoggers()
            .ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = OptionsOf<TOptions>(sp, name).GetBaseAddress();
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            });

        // One Polly pipeline per client (the circuit breaker sees every call), run by the client's handler with a pooled
        // context. One handler does, in this order: telemetry → total timeout → retry → circuit breaker → attempt
        // deadline (headers and body) → pacing; the auth handler added to the returned builder runs inside it.
        services.AddKeyedSingleton(httpName, (sp, _) => new ClientPipeline(ClientResiliencePipeline.Build(
            sp,
            httpName + "-" + httpName, // the name Microsoft.Extensions.Http.Resilience gave it in Polly's telemetry
            OptionsOf<TOptions>(sp, name).Resilience,
            reader,
            RetryTelemetry(system, LoggerOf(sp, system)))));
        builder.AddHttpMessageHandler(sp =>
        {
            var options = OptionsOf<TOptions>(sp, name).Resilience;
            return new ConnectorHandler(
                ConnectorDiagnostics.For(system),
                LoggerOf(sp, system),
                reader,
                sp.GetRequiredKeyedService<ClientPipeline>(httpName).Pipeline,
                options.TotalTimeout,
                sp.GetService<TimeProvider>() ?? TimeProvider.System,
                system,
                options.AttemptTimeout,
                reader is not null && options.PacingEnabled ? sp.GetRequiredService<RateLimitGateRegistry>().Get(httpName, options.PacingReserve) : null);
        });

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

    private sealed record ClientPipeline(Polly.ResiliencePipeline<HttpResponseMessage>? Pipeline);
}
