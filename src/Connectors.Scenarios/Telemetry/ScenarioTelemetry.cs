using System.Diagnostics;
using System.Diagnostics.Metrics;
using Connectors.Scenarios.Storage;

namespace Connectors.Scenarios.Telemetry;

/// <summary>The names under which the engine publishes traces and metrics.</summary>
public static class ScenarioTelemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>: <c>Connectors.Scenarios</c>.</summary>
    public const string Name = "Connectors.Scenarios";

    /// <summary>Tag holding the correlation id on every span, so all spans of one business flow can be found together.</summary>
    public const string CorrelationIdTag = "connectors.correlation_id";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> EventsReceived = Meter.CreateCounter<long>("connectors.scenarios.events.received", "{event}", "Events stored for processing.");
    internal static readonly Counter<long> EventsDuplicated = Meter.CreateCounter<long>("connectors.scenarios.events.duplicates", "{event}", "Events dropped as duplicates at the inbox.");
    internal static readonly Counter<long> EventsCompleted = Meter.CreateCounter<long>("connectors.scenarios.events.completed", "{event}", "Events that went through their scenario (including those a filter stopped).");
    internal static readonly Counter<long> EventsDeadLettered = Meter.CreateCounter<long>("connectors.scenarios.events.dead_lettered", "{event}", "Events moved to the dead-letter store.");
    internal static readonly Counter<long> StepsRetried = Meter.CreateCounter<long>("connectors.scenarios.steps.retried", "{attempt}", "Retries of steps after transient failures.");
    internal static readonly Counter<long> StepsSkipped = Meter.CreateCounter<long>("connectors.scenarios.steps.skipped", "{step}", "Steps skipped because the journal shows them completed for their key.");
    internal static readonly Histogram<double> EventDuration = Meter.CreateHistogram<double>("connectors.scenarios.event.duration", "s", "Time from dequeue to completion of an event.");
    internal static readonly Histogram<double> EventLag = Meter.CreateHistogram<double>("connectors.scenarios.event.lag", "s", "Time from receipt to completion of an event.");

    internal static Activity? StartEvent(QueuedEvent queued)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var envelope = queued.Envelope;
        ActivityContext.TryParse(envelope.TraceParent, null, isRemote: true, out var parent);
        var activity = Source.StartActivity($"{queued.Scenario} process", ActivityKind.Consumer, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("connectors.scenario", queued.Scenario);
            activity.SetTag("messaging.message.id", envelope.Id);
            activity.SetTag("cloudevents.event_source", envelope.Source);
            activity.SetTag("cloudevents.event_type", envelope.Type);
            activity.SetTag("cloudevents.event_subject", envelope.Subject);
            activity.SetTag(CorrelationIdTag, envelope.EffectiveCorrelationId);
        }

        return activity;
    }

    internal static Activity? StartStep(string scenario, string step, string correlationId)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity($"{scenario} {step}", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("connectors.scenario", scenario);
            activity.SetTag("connectors.step", step);
            activity.SetTag(CorrelationIdTag, correlationId);
        }

        return activity;
    }

    internal static KeyValuePair<string, object?> ScenarioTag(string scenario) => new("connectors.scenario", scenario);
}
