using System.Diagnostics;
using Connectors.Scenarios.Telemetry;
using Microsoft.Extensions.Options;

namespace Connectors.AspNetCore.Dashboard;

/// <summary>
/// The dashboard's <see cref="IScenarioRunObserver"/>: per recipe and per step, the last hour in one-minute
/// buckets and what is in flight; the recent runs with their steps and errors. Everything stays in process memory
/// (bounded): a restarted host starts empty, and each host of a shared store sees its own runs.
/// </summary>
internal sealed class DashboardRecorder : IScenarioRunObserver, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly Dictionary<string, RecipeStats> _recipes = new(StringComparer.Ordinal);
    private readonly Dictionary<ScenarioRun, RunRecord> _active = new(ReferenceEqualityComparer.Instance);
    private readonly LinkedList<RunRecord> _recent = new();
    private readonly Dictionary<string, LinkedListNode<RunRecord>> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<(string Scenario, string EventId)> _replayed = [];
    private readonly ActivityListener _traceIds;
    private long _nextId;

    public DashboardRecorder(IOptions<ConnectorsDashboardOptions> options, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _capacity = options.Value.RecentRuns;

        // So every run has a trace id to show even when no tracer listens: ids only (PropagationData), no tags, not
        // recorded. An OpenTelemetry tracer on the same source still decides what it records and exports.
        _traceIds = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ScenarioTelemetry.Name,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(_traceIds);
    }

    public void Dispose() => _traceIds.Dispose();

    public void RunStarted(ScenarioRun run)
    {
        var envelope = run.Envelope;
        lock (_gate)
        {
            var record = new RunRecord
            {
                Id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Scenario = run.Scenario,
                EventId = envelope.Id,
                EventType = envelope.Type,
                EventSource = envelope.Source,
                Subject = envelope.Subject,
                CorrelationId = envelope.EffectiveCorrelationId,
                TraceId = run.TraceId,
                EnqueuedAt = run.EnqueuedAt,
                StartedAt = run.StartedAt,
                IsReplay = _replayed.Remove((run.Scenario, envelope.Id)),
            };
            _active[run] = record;
            _byId[record.Id] = _recent.AddFirst(record);
            while (_recent.Count > _capacity && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _byId.Remove(oldest.Value.Id);
            }

            Recipe(run.Scenario).Runs.InFlight++;
        }
    }

    public void StepStarted(ScenarioRun run, string step)
    {
        lock (_gate)
        {
            if (_active.TryGetValue(run, out var record))
            {
                record.Steps.Add(new StepRecord { Name = step });
                Recipe(run.Scenario).Step(step).InFlight++;
            }
        }
    }

    public void StepFinished(ScenarioRun run, ScenarioStepResult result)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_active.TryGetValue(run, out var record))
            {
                return;
            }

            var step = record.Steps.FindLast(s => s.Name == result.Step && s.Outcome == "running");
            if (step is null)
            {
                return;
            }

            step.Outcome = result.Outcome switch
            {
                ScenarioStepOutcome.Completed => "completed",
                ScenarioStepOutcome.Skipped => "skipped",
                _ => "failed",
            };
            step.Attempts = result.Attempts;
            step.DurationMs = result.Duration.TotalMilliseconds;
            step.Error = result.Error is null ? null : RunError.From(result.Error);

            var series = Recipe(run.Scenario).Step(result.Step);
            series.InFlight--;
            var retries = Math.Max(0, result.Attempts - 1);
            switch (result.Outcome)
            {
                case ScenarioStepOutcome.Completed:
                    series.Add(now, MinuteSeries.Kind.Completed, step.DurationMs, retries);
                    break;
                case ScenarioStepOutcome.Failed:
                    series.Add(now, MinuteSeries.Kind.DeadLettered, step.DurationMs, retries);
                    break;
                default:
                    break; // skipped: journaled before, nothing ran
            }
        }
    }

    public void RunFinished(ScenarioRun run, ScenarioRunResult result)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_active.Remove(run, out var record))
            {
                return;
            }

            var stats = Recipe(run.Scenario);
            foreach (var open in record.Steps.Where(s => s.Outcome == "running"))
            {
                // Interrupted mid-step (the host is stopping): no StepFinished comes for it.
                open.Outcome = "interrupted";
                stats.Step(open.Name).InFlight--;
            }

            record.Outcome = result.Outcome switch
            {
                ScenarioRunOutcome.Completed => "completed",
                ScenarioRunOutcome.Filtered => "filtered",
                ScenarioRunOutcome.DeadLettered => "dead-lettered",
                _ => "interrupted",
            };
            record.DurationMs = result.Duration.TotalMilliseconds;
            record.StoppedBy = result.StoppedBy;
            record.DeadLetterId = result.DeadLetter?.Id;
            record.Error = result.Error is null ? null : RunError.From(result.Error);

            stats.Runs.InFlight--;
            var retries = record.Steps.Sum(s => Math.Max(0, s.Attempts - 1));
            var kind = result.Outcome switch
            {
                ScenarioRunOutcome.Completed or ScenarioRunOutcome.Filtered => MinuteSeries.Kind.Completed,
                ScenarioRunOutcome.DeadLettered => MinuteSeries.Kind.DeadLettered,
                _ => MinuteSeries.Kind.Other,
            };
            stats.Runs.Add(now, kind, kind == MinuteSeries.Kind.Other ? null : record.DurationMs, retries);
        }
    }

    /// <summary>Marks dead letters the dashboard sent back, so their next runs show as replays.</summary>
    public void MarkReplayed(IEnumerable<(string Scenario, string EventId)> replayed)
    {
        lock (_gate)
        {
            foreach (var item in replayed)
            {
                _replayed.Add(item);
            }
        }
    }

    /// <summary>Per recipe (by name) and its steps (in the order they first ran): the last hour.</summary>
    public IReadOnlyList<RecipeView> Recipes()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return [.. _recipes.Values
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new RecipeView(r.Name, r.Runs.View(now), [.. r.Steps.Select(s => new StepView(s.Key, s.Value.View(now)))]))];
        }
    }

    /// <summary>The most recent runs, newest first.</summary>
    public IReadOnlyList<RunRecord> RecentRuns(int max)
    {
        lock (_gate)
        {
            return [.. _recent.Take(max).Select(Copy)];
        }
    }

    /// <summary>The runs of the given events, newest first.</summary>
    public IReadOnlyList<RunRecord> RunsOf(IReadOnlySet<string> eventIds)
    {
        lock (_gate)
        {
            return [.. _recent.Where(r => eventIds.Contains(r.EventId)).Select(Copy)];
        }
    }

    public RunRecord? Find(string id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out var node) ? Copy(node.Value) : null;
        }
    }

    private static RunRecord Copy(RunRecord r)
    {
        var copy = new RunRecord
        {
            Id = r.Id,
            Scenario = r.Scenario,
            EventId = r.EventId,
            EventType = r.EventType,
            EventSource = r.EventSource,
            Subject = r.Subject,
            CorrelationId = r.CorrelationId,
            TraceId = r.TraceId,
            EnqueuedAt = r.EnqueuedAt,
            StartedAt = r.StartedAt,
            IsReplay = r.IsReplay,
            Outcome = r.Outcome,
            DurationMs = r.DurationMs,
            StoppedBy = r.StoppedBy,
            DeadLetterId = r.DeadLetterId,
            Error = r.Error,
        };
        copy.Steps.AddRange(r.Steps.Select(s => new StepRecord { Name = s.Name, Outcome = s.Outcome, Attempts = s.Attempts, DurationMs = s.DurationMs, Error = s.Error }));
        return copy;
    }

    private RecipeStats Recipe(string name)
    {
        if (!_recipes.TryGetValue(name, out var stats))
        {
            stats = new RecipeStats(name);
            _recipes[name] = stats;
        }

        return stats;
    }

    private sealed class RecipeStats(string name)
    {
        public string Name { get; } = name;

        public MinuteSeries Runs { get; } = new();

        // Insertion order = the order the steps first ran, which is the recipe's order for a straight pipeline.
        public List<KeyValuePair<string, MinuteSeries>> Steps { get; } = [];

        public MinuteSeries Step(string step)
        {
            foreach (var pair in Steps)
            {
                if (pair.Key == step)
                {
                    return pair.Value;
                }
            }

            var series = new MinuteSeries();
            Steps.Add(new(step, series));
            return series;
        }
    }
}

/// <summary>One recipe: its runs and its steps over the last hour.</summary>
internal sealed record RecipeView(string Name, SeriesView Runs, IReadOnlyList<StepView> Steps);

/// <summary>One step over the last hour.</summary>
internal sealed record StepView(string Name, SeriesView Series);
