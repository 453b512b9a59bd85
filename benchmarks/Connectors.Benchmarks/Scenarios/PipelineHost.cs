using System.Globalization;
using System.Text.Json.Serialization;
using Connectors.Scenarios;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Benchmarks.Scenarios;

/// <summary>A started engine running the benchmark's three-step pipeline: filter, map, no-op action.</summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IHostedService _runner;
    private readonly IScenarioInbox _inbox;
    private readonly IScenarioRunner _control;
    private long _next;

    private PipelineHost(ServiceProvider provider)
    {
        _provider = provider;
        _runner = provider.GetServices<IHostedService>().Single();
        _inbox = provider.GetRequiredService<IScenarioInbox>();
        _control = provider.GetRequiredService<IScenarioRunner>();
    }

    public static async Task<PipelineHost> StartAsync(Action<ScenariosBuilder> useStore, Action<ScenarioOptions>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddScenarios(o =>
        {
            o.MaxConcurrency = Environment.ProcessorCount * 2;
            o.MaxBufferedEvents = 4096;
            configure?.Invoke(o);
        });
        useStore(builder);
        builder.AddScenario("benchmark", s => s
            .From(Trigger.Webhook("bench", "order", BenchJson.Default.BenchOrder))
            .Where(o => o.Status != "Ignored")
            .Map(o => new BenchCase(o.Store + "/" + o.OrderId.ToString(CultureInfo.InvariantCulture)))
            .Then("no-op", key: c => c.Ref, static (c, ctx, ct) => ValueTask.CompletedTask));
        var host = new PipelineHost(services.BuildServiceProvider());
        await host._runner.StartAsync(CancellationToken.None);
        return host;
    }

    public IServiceProvider Services => _provider;

    /// <summary>Submits <paramref name="count"/> new events in batches and waits until all are processed.</summary>
    public async Task RunAsync(int count, int batchSize = 256)
    {
        var batch = new EventEnvelope[Math.Min(batchSize, count)];
        for (var done = 0; done < count;)
        {
            var size = Math.Min(batch.Length, count - done);
            for (var i = 0; i < size; i++)
            {
                var n = Interlocked.Increment(ref _next);
                var id = n.ToString(CultureInfo.InvariantCulture);
                batch[i] = new EventEnvelope(id, "bench", "order", $$"""{"Store":"s1","OrderId":{{id}},"Status":"Declined"}""")
                {
                    Subject = (n % 1000).ToString(CultureInfo.InvariantCulture),
                };
            }

            await _inbox.SubmitAsync(size == batch.Length ? batch : batch[..size]);
            done += size;
        }

        await _control.WaitForIdleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _runner.StopAsync(CancellationToken.None);
        await _provider.DisposeAsync();
    }
}

internal sealed record BenchOrder(string Store, long OrderId, string Status);

internal sealed record BenchCase(string Ref);

[JsonSerializable(typeof(BenchOrder))]
internal sealed partial class BenchJson : JsonSerializerContext
{
}
