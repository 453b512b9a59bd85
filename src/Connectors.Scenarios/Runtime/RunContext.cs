using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Runtime;

/// <summary>State of one event while its scenario runs.</summary>
internal sealed class RunContext(string scenario, EventEnvelope envelope, IServiceProvider services, StepExecutor steps, CancellationToken cancellationToken)
{
    /// <summary>The run as the observers see it; <see langword="null"/> when none is registered.</summary>
    public Telemetry.ScenarioRun? Observed { get; init; }

    /// <summary>The runner's claim on the event; checked before each journaled step.</summary>
    public HeldEvent? Lease { get; init; }

    public string Scenario { get; } = scenario;

    public EventEnvelope Envelope { get; } = envelope;

    public IServiceProvider Services { get; } = services;

    public StepExecutor Steps { get; } = steps;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The value handed to a route branch while it runs.</summary>
    public object? RouteInput { get; set; }

    /// <summary>Name of the stage that stopped the event, when a filter did.</summary>
    public string? StoppedBy { get; set; }
}
