using System.Collections.Concurrent;
using System.Diagnostics;
using Connectors.Core;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Telemetry;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Scenarios.Tests;

public sealed class RunObserverTests
{
    private static readonly WebhookTrigger<OrderEvent> OrderStatus = Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent);

    [Fact]
    public async Task An_observer_sees_the_run_its_steps_with_attempts_and_the_outcome()
    {
        var observer = new RecordingObserver();
        var attempts = 0;
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("observed", x => x
                .From(OrderStatus)
                .Enrich("load", (o, ctx, ct) => ValueTask.FromResult(o))
                .Then("open-case", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
                    Interlocked.Increment(ref attempts) < 3 ? throw new TimeoutException("slow") : ValueTask.CompletedTask)
                .Tap("notify", (o, ctx, ct) => ValueTask.CompletedTask)),
            services: s => s.AddSingleton<IScenarioRunObserver>(observer));
        var producerTrace = ActivityTraceId.CreateRandom();

        await harness.Inbox.SubmitAsync(Orders.Event(1) with { CorrelationId = "corr-1", TraceParent = $"00-{producerTrace}-{ActivitySpanId.CreateRandom()}-01" });
        await harness.IdleAsync();

        var (run, result) = Assert.Single(observer.Finished);
        Assert.Equal("observed", run.Scenario);
        Assert.Equal("corr-1", run.Envelope.EffectiveCorrelationId);
        Assert.Equal(producerTrace.ToHexString(), run.TraceId);
        Assert.Same(run, Assert.Single(observer.Started));
        Assert.Equal(ScenarioRunOutcome.Completed, result.Outcome);
        Assert.Null(result.Error);
        Assert.Equal(["load", "open-case", "notify"], observer.StepsStarted.Select(s => s.Step));
        var steps = observer.Steps.ToArray();
        Assert.Equal(["load:Completed:1", "open-case:Completed:3", "notify:Completed:1"], steps.Select(s => $"{s.Result.Step}:{s.Result.Outcome}:{s.Result.Attempts}"));
        Assert.All(steps, s => Assert.Same(run, s.Run));
        Assert.All(steps, s => Assert.True(s.Result.Duration <= result.Duration));
    }

    [Fact]
    public async Task A_dead_lettered_run_reports_the_exception_as_thrown_and_its_replay_skips_the_journaled_step()
    {
        var observer = new RecordingObserver();
        var broken = true;
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("observed-failure", x => x
                .From(OrderStatus)
                .Then("reserve", key: o => o.OrderId.ToString(), (o, ctx, ct) => ValueTask.CompletedTask)
                .Then("open-case", key: o => o.OrderId.ToString(), (o, ctx, ct) => Volatile.Read(ref broken)
                    ? throw new ConnectorValidationException("CoreCase", "POST /cases failed with 400 Bad Request.") { RequestId = "vendor-req-42", Status = 400 }
                    : ValueTask.CompletedTask)),
            services: s => s.AddSingleton<IScenarioRunObserver>(observer));

        await harness.Inbox.SubmitAsync(Orders.Event(2));
        await harness.IdleAsync();

        var (_, failed) = Assert.Single(observer.Finished);
        Assert.Equal(ScenarioRunOutcome.DeadLettered, failed.Outcome);
        var error = Assert.IsType<ConnectorValidationException>(failed.Error);
        Assert.Equal("vendor-req-42", error.RequestId);
        var stored = Assert.Single(await harness.DeadLetters.QueryAsync(new DeadLetterQuery()));
        Assert.Equal(stored.Id, failed.DeadLetter?.Id);
        Assert.Equal("open-case", failed.DeadLetter?.Step);
        var failedStep = Assert.Single(observer.Steps, s => s.Result.Outcome == ScenarioStepOutcome.Failed).Result;
        Assert.Equal("open-case", failedStep.Step);
        Assert.Same(error, failedStep.Error);

        Volatile.Write(ref broken, false);
        observer.Clear();
        Assert.True(await harness.DeadLetters.ReplayAsync(stored.Id));
        await harness.IdleAsync();

        var (replayed, completed) = Assert.Single(observer.Finished);
        Assert.Equal(ScenarioRunOutcome.Completed, completed.Outcome);
        Assert.Equal(stored.Envelope.Id, replayed.Envelope.Id);
        Assert.Equal(["reserve:Skipped:0", "open-case:Completed:1"], observer.Steps.Select(s => $"{s.Result.Step}:{s.Result.Outcome}:{s.Result.Attempts}"));
    }

    [Fact]
    public async Task A_filtered_run_reports_the_stage_that_stopped_it()
    {
        var observer = new RecordingObserver();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("observed-filter", x => x
                .From(OrderStatus)
                .Where(o => o.Status == "Declined")
                .Then("open-case", key: o => o.OrderId.ToString(), (o, ctx, ct) => ValueTask.CompletedTask)),
            services: s => s.AddSingleton<IScenarioRunObserver>(observer));

        await harness.Inbox.SubmitAsync(Orders.Event(3, status: "Shipped"));
        await harness.IdleAsync();

        var (_, result) = Assert.Single(observer.Finished);
        Assert.Equal(ScenarioRunOutcome.Filtered, result.Outcome);
        Assert.StartsWith("where#", result.StoppedBy, StringComparison.Ordinal);
        Assert.Empty(observer.Steps);
    }

    [Fact]
    public async Task An_observer_that_throws_changes_nothing_and_the_others_are_still_called()
    {
        var observer = new RecordingObserver();
        var effects = new EffectLog();
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario("observed-throwing", x => x
                .From(OrderStatus)
                .Then("open-case", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
                {
                    effects.Add($"case {o.OrderId}");
                    return ValueTask.CompletedTask;
                })),
            services: s => s
                .AddSingleton<IScenarioRunObserver>(new ThrowingObserver())
                .AddSingleton<IScenarioRunObserver>(observer));

        await harness.Inbox.SubmitAsync(Orders.Event(4));
        await harness.IdleAsync();

        Assert.Equal(["case 4"], effects.Entries);
        Assert.Empty(await harness.DeadLetters.QueryAsync(new DeadLetterQuery()));
        Assert.Equal(ScenarioRunOutcome.Completed, Assert.Single(observer.Finished).Result.Outcome);
        Assert.Single(observer.Steps);
    }

    private sealed class RecordingObserver : IScenarioRunObserver
    {
        public ConcurrentQueue<ScenarioRun> Started { get; } = new();

        public ConcurrentQueue<(ScenarioRun Run, string Step)> StepsStarted { get; } = new();

        public ConcurrentQueue<(ScenarioRun Run, ScenarioStepResult Result)> Steps { get; } = new();

        public ConcurrentQueue<(ScenarioRun Run, ScenarioRunResult Result)> Finished { get; } = new();

        public void RunStarted(ScenarioRun run) => Started.Enqueue(run);

        public void StepStarted(ScenarioRun run, string step) => StepsStarted.Enqueue((run, step));

        public void StepFinished(ScenarioRun run, ScenarioStepResult result) => Steps.Enqueue((run, result));

        public void RunFinished(ScenarioRun run, ScenarioRunResult result) => Finished.Enqueue((run, result));

        public void Clear()
        {
            Started.Clear();
            StepsStarted.Clear();
            Steps.Clear();
            Finished.Clear();
        }
    }

    private sealed class ThrowingObserver : IScenarioRunObserver
    {
        public void RunStarted(ScenarioRun run) => throw new InvalidOperationException("observer bug");

        public void StepStarted(ScenarioRun run, string step) => throw new InvalidOperationException("observer bug");

        public void StepFinished(ScenarioRun run, ScenarioStepResult result) => throw new InvalidOperationException("observer bug");

        public void RunFinished(ScenarioRun run, ScenarioRunResult result) => throw new InvalidOperationException("observer bug");
    }
}
