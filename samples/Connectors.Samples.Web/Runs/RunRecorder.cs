using System.Diagnostics;
using System.Diagnostics.Metrics;
using Connectors.Scenarios.Telemetry;

namespace Connectors.Samples.Web.Runs;

/// <summary>
/// Keeps the last runs and per-scenario counts by listening to the engine's telemetry (the engine has no
/// "recent runs" API): the <c>"{scenario} process"</c> activities and the completed, dead-lettered and
/// retried counters of <see cref="ScenarioTelemetry.Name"/>. Create it before the runner starts.
/// </summary>
public sealed class RunRecorder : IDisposable
{
    private const string ScenarioTag = "connectors.scenario";
    private const string MessageIdTag = "messaging.message.id";
    private const string CompletedCounter = "connectors.scenarios.events.completed";
    private const string DeadLetteredCounter = "connectors.scenarios.events.dead_lettered";
    private const string RetriedCounter = "connectors.scenarios.steps.retried";

    private readonly Lock _gate = new();
    private readonly Queue<RecordedRun> _runs = new();
    private readonly Dictionary<string, RecipeCounts> _counts = new(StringComparer.Ordinal);
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    /// <summary>Starts listening.</summary>
    /// <param name="capacity">How many runs to keep; older ones are dropped.</param>
    public RunRecorder(int capacity = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ScenarioTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = OnActivityStopped,
        };
        ActivitySource.AddActivityListener(_activities);

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ScenarioTelemetry.Name && instrument.Name is CompletedCounter or DeadLetteredCounter or RetriedCounter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>(OnMeasurement);
        _meters.Start();
    }

    /// <summary>How many runs are kept.</summary>
    public int Capacity { get; }

    /// <summary>The kept runs, newest first.</summary>
    public IReadOnlyList<RecordedRun> RecentRuns()
    {
        lock (_gate)
        {
            return [.. _runs.Reverse()];
        }
    }

    /// <summary>The counts of every scenario that reported any, by scenario name.</summary>
    public IReadOnlyList<RecipeCounts> Counts()
    {
        lock (_gate)
        {
            return [.. _counts.Values.OrderBy(c => c.Scenario, StringComparer.Ordinal)];
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void OnActivityStopped(Activity activity)
    {
        // Step activities carry the scenario too; only the per-event "process" activity has the message id.
        if (activity.GetTagItem(MessageIdTag) is not string messageId || activity.GetTagItem(ScenarioTag) is not string scenario)
        {
            return;
        }

        var deadLettered = activity.Status == ActivityStatusCode.Error;
        var run = new RecordedRun(
            scenario,
            messageId,
            activity.GetTagItem(ScenarioTelemetry.CorrelationIdTag) as string,
            activity.GetTagItem("cloudevents.event_type") as string,
            activity.GetTagItem("cloudevents.event_subject") as string,
            new DateTimeOffset(activity.StartTimeUtc, TimeSpan.Zero),
            activity.Duration,
            deadLettered ? RunOutcome.DeadLettered : RunOutcome.Completed,
            deadLettered ? activity.StatusDescription : null);
        lock (_gate)
        {
            _runs.Enqueue(run);
            while (_runs.Count > Capacity)
            {
                _runs.Dequeue();
            }
        }
    }

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? scenario = null;
        foreach (var tag in tags)
        {
            if (tag.Key == ScenarioTag)
            {
                scenario = tag.Value as string;
            }
        }

        if (scenario is null)
        {
            return;
        }

        lock (_gate)
        {
            var counts = _counts.TryGetValue(scenario, out var found) ? found : new RecipeCounts(scenario, 0, 0, 0);
            _counts[scenario] = instrument.Name switch
            {
                CompletedCounter => counts with { Completed = counts.Completed + value },
                DeadLetteredCounter => counts with { DeadLettered = counts.DeadLettered + value },
                _ => counts with { Retried = counts.Retried + value },
            };
        }
    }
}
