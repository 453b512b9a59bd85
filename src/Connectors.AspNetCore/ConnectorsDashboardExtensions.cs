using Connectors.AspNetCore.Dashboard;
using Connectors.Scenarios.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Connectors.AspNetCore;

/// <summary>
/// The operations dashboard: live figures per recipe, step and system, recent runs with their detail, and the
/// dead-letter search and replay, served from this package (no CDN) under a path the host chooses.
/// </summary>
public static class ConnectorsDashboardExtensions
{
    /// <summary>
    /// Registers what the dashboard records (an <see cref="IScenarioRunObserver"/> and a listener on the clients'
    /// meters), antiforgery and authorization. Call it before the host is built; map the page with
    /// <see cref="MapConnectorsDashboard"/>. Calling it again only applies <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options, or <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddConnectorsDashboard(this IServiceCollection services, Action<ConnectorsDashboardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ConnectorsDashboardOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // A second call only adds its configuration: one recorder, observing each run once.
        if (services.Any(d => d.ServiceType == typeof(DashboardRecorder)))
        {
            return services;
        }

        options.Validate(o => o.RecentRuns is > 0 and <= 100_000, "ConnectorsDashboardOptions.RecentRuns must be between 1 and 100000.")
            .Validate(o => o.RefreshInterval >= TimeSpan.FromMilliseconds(250), "ConnectorsDashboardOptions.RefreshInterval must be at least 250 ms.");
        services.TryAddSingleton(sp => new DashboardRecorder(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConnectorsDashboardOptions>>(), sp.GetService<TimeProvider>()));
        services.AddSingleton<IScenarioRunObserver>(sp => sp.GetRequiredService<DashboardRecorder>());
        services.TryAddSingleton(sp => new ClientTraffic(sp, sp.GetService<TimeProvider>()));
        services.TryAddSingleton<DashboardReads>();
        services.AddAntiforgery();
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// Maps the dashboard under <paramref name="path"/>: the page at <c>{path}/</c>, its embedded script and style,
    /// the JSON it reads, and the replay action (<c>POST</c>, antiforgery token required). Every endpoint requires
    /// <paramref name="authorizationPolicy"/>. Without one the dashboard is only mapped in the Development
    /// environment (open to anyone who reaches the host); elsewhere mapping it throws.
    /// </summary>
    /// <param name="endpoints">The route builder (the application).</param>
    /// <param name="path">Where to mount it, for example <c>/connectors</c>.</param>
    /// <param name="authorizationPolicy">The name of an authorization policy the host registered (<c>AddAuthorization(o =&gt; o.AddPolicy(...))</c>).</param>
    /// <returns>The group, to add conventions (rate limiting, host filtering).</returns>
    /// <exception cref="InvalidOperationException">
    /// <see cref="AddConnectorsDashboard"/> was not called, or no policy is given outside the Development environment.
    /// </exception>
    public static RouteGroupBuilder MapConnectorsDashboard(this IEndpointRouteBuilder endpoints, string path = "/connectors", string? authorizationPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException("The dashboard path must start with '/', for example \"/connectors\".", nameof(path));
        }

        var services = endpoints.ServiceProvider;
        if (services.GetService<DashboardRecorder>() is null)
        {
            throw new InvalidOperationException("Call services.AddConnectorsDashboard() before building the host, then app.MapConnectorsDashboard(...).");
        }

        // Created now, before the host starts: the meter listener counts client requests from the first one.
        services.GetRequiredService<ClientTraffic>();

        var development = services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        if (string.IsNullOrWhiteSpace(authorizationPolicy) && !development)
        {
            throw new InvalidOperationException(
                "The Connectors dashboard replays dead letters and shows event data: map it with an authorization policy, "
                + "app.MapConnectorsDashboard(\"/connectors\", \"policy-name\"). Only the Development environment may map it without one.");
        }

        var group = endpoints.MapGroup(path);
        if (string.IsNullOrWhiteSpace(authorizationPolicy))
        {
            group.AllowAnonymous();
        }
        else
        {
            group.RequireAuthorization(authorizationPolicy);
        }

        DashboardEndpoints.Map(group, path);
        return group;
    }
}
