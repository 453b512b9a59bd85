using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Scenarios;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.PostgreSql;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>
/// The scenario every benchmark host runs: the pipeline of <see cref="PipelineHost"/> (filter, map, one journaled
/// step), whose step waits <c>stepDelay</c> when set. A probe event prints "started" (with the time since it was
/// submitted) when its step starts, and blocks while the block file exists; "done" when its step ends.
/// </summary>
internal static class BenchScenario
{
    public static ScenariosBuilder Add(IServiceCollection services, string connection, string schema, bool flush, Action<ScenarioOptions> configure, string hostId, TimeSpan stepDelay, string? blockFile)
    {
        var builder = services.AddScenarios(configure).UsePostgresStore(connection, o =>
        {
            o.Schema = schema;
            o.FlushEveryCommit = flush;
        });
        builder.AddScenario("cluster-bench", s => s
            .From(Trigger.Webhook("bench", "order", BenchClusterJson.Default.ClusterOrder))
            .Where(o => o.Status != "Ignored")
            .Map(o => o)
            .Then("work", key: o => o.N.ToString(CultureInfo.InvariantCulture), async (o, ctx, ct) =>
            {
                if (o.Probe)
                {
                    var waited = (DateTime.UtcNow.Ticks - o.SentTicks) / (double)TimeSpan.TicksPerMillisecond;
                    Console.WriteLine($"started {o.N} {hostId} {waited.ToString("F3", CultureInfo.InvariantCulture)}");
                    while (blockFile is not null && File.Exists(blockFile))
                    {
                        await Task.Delay(20, ct);
                    }
                }

                if (stepDelay > TimeSpan.Zero)
                {
                    await Task.Delay(stepDelay, ct);
                }

                if (o.Probe)
                {
                    Console.WriteLine($"done {o.N} {hostId}");
                }
            }));
        return builder;
    }

    /// <summary>Events <paramref name="first"/>.. over <paramref name="subjects"/> subjects.</summary>
    public static EventEnvelope[] Events(long first, int count, int subjects, bool probe = false)
    {
        var batch = new EventEnvelope[count];
        for (var i = 0; i < count; i++)
        {
            var n = first + i;
            var order = new ClusterOrder(n, "Declined", probe, DateTime.UtcNow.Ticks);
            batch[i] = new EventEnvelope(n.ToString(CultureInfo.InvariantCulture), "bench", "order", JsonSerializer.Serialize(order, BenchClusterJson.Default.ClusterOrder))
            {
                Subject = (n % subjects).ToString(CultureInfo.InvariantCulture),
            };
        }

        return batch;
    }
}

internal sealed record ClusterOrder(long N, string Status, bool Probe, long SentTicks);

[JsonSerializable(typeof(ClusterOrder))]
internal sealed partial class BenchClusterJson : JsonSerializerContext
{
}
