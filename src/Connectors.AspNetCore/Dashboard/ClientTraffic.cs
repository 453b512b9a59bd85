using System.Diagnostics.Metrics;
using System.Globalization;
using Connectors.Core.DependencyInjection;
using Connectors.Scenarios.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.AspNetCore.Dashboard;

/// <summary>
/// Per system, what its client sent over the last hour: requests, errors by kind (HTTP status 400 and above, or
/// the exception of a call that got no response) and the rate-limit headroom the service last reported, read from
/// the instruments every client records on its <c>Connectors.{System}</c> meter. The pacing gates' own view
/// (requests they believe left, how often they held one back) comes from <see cref="RateLimitGateRegistry"/>.
/// </summary>
/// <remarks>
/// A <see cref="MeterListener"/> sees every client of the process: two hosts in one process show each other's
/// traffic (the run figures, from the engine's observer, stay per host).
/// </remarks>
internal sealed class ClientTraffic : IDisposable
{
    private const string RequestsInstrument = "connectors.client.requests";
    private const string RetriesInstrument = "connectors.client.retries";
    private const string RemainingInstrument = "connectors.client.rate_limit.remaining";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, SystemStats> _systems = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly IServiceProvider _services;
    private readonly MeterListener _listener;

    public ClientTraffic(IServiceProvider services, TimeProvider? time = null)
    {
        _services = services;
        _time = time ?? TimeProvider.System;
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (IsClientMeter(instrument.Meter.Name) && instrument.Name is RequestsInstrument or RetriesInstrument or RemainingInstrument)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    public IReadOnlyList<SystemView> Systems()
    {
        var now = _time.GetUtcNow();
        var gates = _services.GetService<RateLimitGateRegistry>()?.Snapshot() ?? [];
        lock (_gate)
        {
            var names = _systems.Keys.Concat(gates.Select(g => SystemOfGate(g.Key))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            return [.. names.Select(name =>
            {
                var stats = _systems.GetValueOrDefault(name);
                var pacing = gates.Where(g => SystemOfGate(g.Key) == name)
                    .Select(g => new GateView(g.Key, g.Value.Remaining, g.Value.WaitCount))
                    .ToList();
                return stats is null
                    ? new SystemView(name, 0, 0, 0, new Dictionary<string, int>(), new int[MinuteSeries.Minutes], new int[MinuteSeries.Minutes], null, pacing)
                    : stats.View(name, now, pacing);
            })];
        }
    }

    public void Dispose() => _listener.Dispose();

    // Client meters are "Connectors.{System}" (ConnectorDiagnostics); the engine's own meter is not a system.
    private static bool IsClientMeter(string meter)
        => meter.StartsWith("Connectors.", StringComparison.Ordinal) && meter != ScenarioTelemetry.Name;

    // Gate keys are the named clients: "Connectors.{System}.{name}", where the system may itself contain a dot.
    private static string SystemOfGate(string key)
    {
        var withoutPrefix = key.StartsWith("Connectors.", StringComparison.Ordinal) ? key["Connectors.".Length..] : key;
        var lastDot = withoutPrefix.LastIndexOf('.');
        return lastDot > 0 ? withoutPrefix[..lastDot] : withoutPrefix;
    }

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var system = instrument.Meter.Name["Connectors.".Length..];
        string? errorKind = null;
        foreach (var tag in tags)
        {
            if (tag.Key == "http.response.status_code" && tag.Value is int status && status >= 400)
            {
                errorKind = "HTTP " + status.ToString(CultureInfo.InvariantCulture);
            }
            else if (tag.Key == "error.type" && tag.Value is string type)
            {
                errorKind = type;
            }
        }

        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_systems.TryGetValue(system, out var stats))
            {
                stats = new SystemStats();
                _systems[system] = stats;
            }

            switch (instrument.Name)
            {
                case RequestsInstrument:
                    stats.Request(now, value, errorKind);
                    break;
                case RetriesInstrument:
                    stats.Retries += value;
                    break;
                default:
                    stats.LastRemaining = value;
                    break;
            }
        }
    }

    private sealed class SystemStats
    {
        private readonly long[] _minutes = new long[MinuteSeries.Minutes];
        private readonly int[] _requests = new int[MinuteSeries.Minutes];
        private readonly int[] _errors = new int[MinuteSeries.Minutes];
        private readonly Dictionary<string, int>?[] _kinds = new Dictionary<string, int>?[MinuteSeries.Minutes];

        public long Retries { get; set; }

        public long? LastRemaining { get; set; }

        public void Request(DateTimeOffset at, long count, string? errorKind)
        {
            var slot = Slot(at);
            _requests[slot] += (int)count;
            if (errorKind is not null)
            {
                _errors[slot] += (int)count;
                var kinds = _kinds[slot] ??= new Dictionary<string, int>(StringComparer.Ordinal);
                kinds[errorKind] = kinds.GetValueOrDefault(errorKind) + (int)count;
            }
        }

        public SystemView View(string name, DateTimeOffset now, IReadOnlyList<GateView> pacing)
        {
            var current = now.ToUnixTimeSeconds() / 60;
            var requests = new int[MinuteSeries.Minutes];
            var errors = new int[MinuteSeries.Minutes];
            var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < MinuteSeries.Minutes; i++)
            {
                var minute = current - (MinuteSeries.Minutes - 1) + i;
                var slot = (int)(minute % MinuteSeries.Minutes);
                if (_minutes[slot] != minute)
                {
                    continue;
                }

                requests[i] = _requests[slot];
                errors[i] = _errors[slot];
                foreach (var (kind, count) in _kinds[slot] ?? [])
                {
                    kinds[kind] = kinds.GetValueOrDefault(kind) + count;
                }
            }

            return new SystemView(name, requests.Sum(), errors.Sum(), Retries, kinds, requests, errors, LastRemaining, pacing);
        }

        private int Slot(DateTimeOffset at)
        {
            var minute = at.ToUnixTimeSeconds() / 60;
            var slot = (int)(minute % MinuteSeries.Minutes);
            if (_minutes[slot] != minute)
            {
                _minutes[slot] = minute;
                _requests[slot] = 0;
                _errors[slot] = 0;
                _kinds[slot] = null;
            }

            return slot;
        }
    }
}

/// <summary>One system over the last hour.</summary>
internal sealed record SystemView(
    string Name,
    int Requests,
    int Errors,
    long Retries,
    IReadOnlyDictionary<string, int> ErrorsByKind,
    int[] RequestsPerMinute,
    int[] ErrorsPerMinute,
    long? LastReportedRemaining,
    IReadOnlyList<GateView> Pacing);

/// <summary>A pacing gate of one named client: the requests it believes left in the window, and how often it held one back.</summary>
internal sealed record GateView(string Client, int? Remaining, long Waits);
