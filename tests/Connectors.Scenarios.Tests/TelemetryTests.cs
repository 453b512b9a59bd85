using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Telemetry;
using Connectors.Scenarios.Tests.TestSupport;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Spans_per_event_and_step_share_the_correlation_id_and_join_the_producer_trace()
    {
        const string Scenario = "telemetry-spans";
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ScenarioTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if ((a.GetTagItem("connectors.scenario") as string) == Scenario)
                {
                    spans.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var producerTrace = ActivityTraceId.CreateRandom();
        var traceParent = $"00-{producerTrace}-{ActivitySpanId.CreateRandom()}-01";

        await using var harness = await ScenarioHarness.StartAsync(s => s.AddScenario(Scenario, x => x
            .From(Trigger.Webhook(Orders.Source, Orders.StatusUpdated, TestJson.Default.OrderEvent))
            .Enrich("load", (o, ctx, ct) => ValueTask.FromResult(o))
            .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) => ValueTask.CompletedTask)));
        await harness.Inbox.SubmitAsync(Orders.Event(1) with { CorrelationId = "corr-telemetry", TraceParent = traceParent });
        await harness.IdleAsync();

        var all = spans.ToArray();
        var root = Assert.Single(all, a => a.Kind == ActivityKind.Consumer);
        Assert.Equal($"{Scenario} process", root.DisplayName);
        Assert.Equal(producerTrace, root.TraceId);
        Assert.Equal(["load", "act"], all.Where(a => a.Kind == ActivityKind.Internal).OrderBy(a => a.StartTimeUtc).Select(a => (string)a.GetTagItem("connectors.step")!));
        Assert.All(all, a => Assert.Equal("corr-telemetry", a.GetTagItem(ScenarioTelemetry.CorrelationIdTag)));
        Assert.All(all.Where(a => a != root), a => Assert.Equal(root.SpanId, a.ParentSpanId));
    }

    [Fact]
    public async Task Counters_report_received_completed_retried_and_dead_lettered()
    {
        const string Scenario = "telemetry-metrics";
        var totals = new ConcurrentDictionary<string, long>();
        var durations = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ScenarioTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "connectors.scenario" && (string?)tag.Value == Scenario)
                {
                    totals.AddOrUpdate(instrument.Name, value, (_, v) => v + value);
                }
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "connectors.scenarios.event.duration" && tags.ToArray().Any(t => (string?)t.Value == Scenario))
            {
                Interlocked.Increment(ref durations);
            }
        });
        listener.Start();

        var calls = 0;
        await using var harness = await ScenarioHarness.StartAsync(
            s => s.AddScenario(Scenario, x => x
                .From(Trigger.Webhook("metrics-source", "metrics", TestJson.Default.OrderEvent))
                .Then("act", key: o => o.OrderId.ToString(), (o, ctx, ct) =>
                {
                    if (o.Status == "Bad")
                    {
                        throw new ScenarioException("permanent");
                    }

                    return Interlocked.Increment(ref calls) == 1 ? throw new TimeoutException() : ValueTask.CompletedTask;
                })),
            o => o.Retry.MaxRetries = 2);

        var good = Orders.Event(1) with { Source = "metrics-source", Type = "metrics" };
        var bad = Orders.Event(2, "Bad") with { Source = "metrics-source", Type = "metrics" };
        await harness.Inbox.SubmitAsync(good);
        await harness.IdleAsync();
        await harness.Inbox.SubmitAsync(bad);
        await harness.IdleAsync();

        Assert.Equal(1, totals.GetValueOrDefault("connectors.scenarios.events.completed"));
        Assert.Equal(1, totals.GetValueOrDefault("connectors.scenarios.events.dead_lettered"));
        Assert.Equal(1, totals.GetValueOrDefault("connectors.scenarios.steps.retried"));
        Assert.Equal(1, durations);
    }
}
