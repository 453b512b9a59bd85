using Connectors.AspNetCore.Dashboard;
using Connectors.Core;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Telemetry;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.AspNetCore.Tests;

/// <summary>The dashboard's run observer on a fake clock: counts, retries, in flight, percentiles and the one-hour window.</summary>
public sealed class DashboardRecorderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 30, TimeSpan.Zero));

    [Fact]
    public void A_run_is_in_flight_until_it_finishes_and_its_retries_are_counted()
    {
        using var recorder = NewRecorder();
        var run = Run("e-1");

        recorder.RunStarted(run);
        recorder.StepStarted(run, "send");
        var during = recorder.Recipes().Single();
        recorder.StepFinished(run, new ScenarioStepResult("send", ScenarioStepOutcome.Completed, 3, TimeSpan.FromMilliseconds(40), null));
        recorder.RunFinished(run, new ScenarioRunResult(ScenarioRunOutcome.Completed, TimeSpan.FromMilliseconds(50), null, null, null));
        var after = recorder.Recipes().Single();

        Assert.Equal((1, 1), (during.Runs.InFlight, during.Steps.Single().Series.InFlight));
        Assert.Equal((0, 1, 2, 0), (after.Runs.InFlight, after.Runs.Completed, after.Runs.Retried, after.Runs.DeadLettered));
        Assert.Equal((1, 2, 40.0), (after.Steps.Single().Series.Completed, after.Steps.Single().Series.Retried, after.Steps.Single().Series.P95Ms));
        Assert.Equal("completed", recorder.RecentRuns(10).Single().Outcome);
    }

    [Fact]
    public void A_dead_lettered_run_keeps_the_vendor_error_from_inside_the_step_exception()
    {
        using var recorder = NewRecorder();
        var run = Run("e-2");
        var vendor = new ConnectorException("BigCommerce", "Order not found") { Status = 404, RequestId = "bc-req-9", ErrorCode = "not_found" };

        recorder.RunStarted(run);
        recorder.StepStarted(run, "read-order");
        recorder.StepFinished(run, new ScenarioStepResult("read-order", ScenarioStepOutcome.Failed, 1, TimeSpan.FromMilliseconds(5), vendor));
        recorder.RunFinished(run, new ScenarioRunResult(ScenarioRunOutcome.DeadLettered, TimeSpan.FromMilliseconds(6), null, null, new ScenarioStepException("r", "read-order", 1, vendor)));

        var kept = recorder.RecentRuns(1).Single();
        Assert.Equal("dead-lettered", kept.Outcome);
        Assert.Equal(new RunError(typeof(ConnectorException).FullName!, "Order not found", "BigCommerce", 404, "not_found", "bc-req-9"), kept.Error);
        Assert.Equal(1, recorder.Recipes().Single().Runs.DeadLettered);
    }

    [Fact]
    public void An_interrupted_run_releases_its_open_step_and_counts_nowhere()
    {
        using var recorder = NewRecorder();
        var run = Run("e-3");

        recorder.RunStarted(run);
        recorder.StepStarted(run, "send");
        recorder.RunFinished(run, new ScenarioRunResult(ScenarioRunOutcome.Interrupted, TimeSpan.FromMilliseconds(1), null, null, new OperationCanceledException()));

        var recipe = recorder.Recipes().Single();
        Assert.Equal((0, 0, 0), (recipe.Runs.InFlight, recipe.Runs.Completed, recipe.Runs.DeadLettered));
        Assert.Equal(0, recipe.Steps.Single().Series.InFlight);
        Assert.Equal("interrupted", recorder.RecentRuns(1).Single().Steps.Single().Outcome);
    }

    [Fact]
    public void Figures_cover_the_last_hour_minute_by_minute_and_older_ones_drop_out()
    {
        using var recorder = NewRecorder();
        Complete(recorder, "old", 100);
        _time.Advance(TimeSpan.FromMinutes(30));
        Complete(recorder, "a", 10);
        Complete(recorder, "b", 20);
        Complete(recorder, "c", 30);

        var halfway = recorder.Recipes().Single().Runs;
        _time.Advance(TimeSpan.FromMinutes(31));
        var later = recorder.Recipes().Single().Runs;

        Assert.Equal(4, halfway.Completed);
        Assert.Equal(1, halfway.CompletedPerMinute[29]);
        Assert.Equal(3, halfway.CompletedPerMinute[59]);
        Assert.Equal((20.0, 100.0), (halfway.P50Ms, halfway.P95Ms));
        Assert.Equal(30.0, halfway.P95MsPerMinute[59]);
        Assert.Equal(3, later.Completed);
        Assert.Equal((20.0, 30.0), (later.P50Ms, later.P95Ms));
    }

    [Fact]
    public void Only_the_most_recent_runs_are_kept()
    {
        using var recorder = new DashboardRecorder(Options.Create(new ConnectorsDashboardOptions { RecentRuns = 2 }), _time);
        Complete(recorder, "1", 1);
        Complete(recorder, "2", 1);
        Complete(recorder, "3", 1);

        Assert.Equal(["3", "2"], recorder.RecentRuns(10).Select(r => r.EventId));
        Assert.Null(recorder.Find("1"));
        Assert.NotNull(recorder.Find("3"));
    }

    private DashboardRecorder NewRecorder() => new(Options.Create(new ConnectorsDashboardOptions()), _time);

    private ScenarioRun Run(string id)
        => new("r", new EventEnvelope(id, "test", "thing", "{}") { Subject = "s" }, _time.GetUtcNow(), _time.GetUtcNow(), null);

    private void Complete(DashboardRecorder recorder, string id, double ms)
    {
        var run = Run(id);
        recorder.RunStarted(run);
        recorder.RunFinished(run, new ScenarioRunResult(ScenarioRunOutcome.Completed, TimeSpan.FromMilliseconds(ms), null, null, null));
    }
}
