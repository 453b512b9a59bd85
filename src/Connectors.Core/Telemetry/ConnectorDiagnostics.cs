using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Connectors.Core.Telemetry;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> of one system, both named <c>Connectors.{System}</c>,
/// with the instruments every client records: requests, request duration, retries and rate-limit headroom.
/// </summary>
public sealed class ConnectorDiagnostics
{
    private static readonly ConcurrentDictionary<string, ConnectorDiagnostics> Instances = new(StringComparer.Ordinal);

    private ConnectorDiagnostics(string system)
    {
        System = system;
        Name = "Connectors." + system;
        ActivitySource = new ActivitySource(Name);
        Meter = new Meter(Name);
        Requests = Meter.CreateCounter<long>("connectors.client.requests", "{request}", "HTTP requests sent, by method, status class and outcome.");
        Duration = Meter.CreateHistogram<double>("connectors.client.request.duration", "s", "Duration of HTTP calls including retries.");
        Retries = Meter.CreateCounter<long>("connectors.client.retries", "{retry}", "Retries performed by the resilience pipeline.");
        RateLimitRemaining = Meter.CreateHistogram<long>("connectors.client.rate_limit.remaining", "{request}", "Requests left in the quota window, as reported by the service.");
    }

    /// <summary>The system name, e.g. <c>BigCommerce</c>.</summary>
    public string System { get; }

    /// <summary>The source and meter name, <c>Connectors.{System}</c>.</summary>
    public string Name { get; }

    /// <summary>Spans for outgoing calls.</summary>
    public ActivitySource ActivitySource { get; }

    /// <summary>The meter.</summary>
    public Meter Meter { get; }

    /// <summary>Requests sent.</summary>
    public Counter<long> Requests { get; }

    /// <summary>Call duration in seconds.</summary>
    public Histogram<double> Duration { get; }

    /// <summary>Retries performed.</summary>
    public Counter<long> Retries { get; }

    /// <summary>Rate-limit headroom reported by the service.</summary>
    public Histogram<long> RateLimitRemaining { get; }

    /// <summary>The shared instance for a system.</summary>
    /// <param name="system">The system name.</param>
    public static ConnectorDiagnostics For(string system) => Instances.GetOrAdd(system, s => new ConnectorDiagnostics(s));
}
