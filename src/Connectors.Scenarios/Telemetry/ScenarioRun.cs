using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Telemetry;

/// <summary>One run of an event through one scenario, as <see cref="IScenarioRunObserver"/> sees it.</summary>
public sealed class ScenarioRun
{
    /// <summary>Creates a run description (the engine creates them; public for observer tests).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="envelope">The event.</param>
    /// <param name="enqueuedAt">When the store accepted the event (or its replay).</param>
    /// <param name="startedAt">When the run started.</param>
    /// <param name="traceId">The W3C trace id of the run, when it has one.</param>
    public ScenarioRun(string scenario, EventEnvelope envelope, DateTimeOffset enqueuedAt, DateTimeOffset startedAt, string? traceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(scenario);
        ArgumentNullException.ThrowIfNull(envelope);
        Scenario = scenario;
        Envelope = envelope;
        EnqueuedAt = enqueuedAt;
        StartedAt = startedAt;
        TraceId = traceId;
    }

    /// <summary>The scenario.</summary>
    public string Scenario { get; }

    /// <summary>The event, unchanged (its id, correlation id, subject and payload).</summary>
    public EventEnvelope Envelope { get; }

    /// <summary>When the store accepted the event, or requeued it on a replay.</summary>
    public DateTimeOffset EnqueuedAt { get; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>
    /// The W3C trace id (32 hex digits) of the run: the engine's <c>"{scenario} process"</c> span's when something
    /// listens to <see cref="ScenarioTelemetry.Name"/>, otherwise the producer's from <see cref="EventEnvelope.TraceParent"/>;
    /// <see langword="null"/> when there is neither.
    /// </summary>
    public string? TraceId { get; }
}
