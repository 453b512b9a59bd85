// Usage: Connectors.Scenarios.CrashHost <store.db> <sink.db> <event count>
// Submits events 0..count-1 (again after every restart, as a webhook sender retries until acknowledged), runs the
// "crash" scenario on the SQLite store, prints "ready" once running and "done" once every event is processed.
using System.Text.Json.Serialization;
using Connectors.Scenarios;
using Connectors.Scenarios.CrashHost;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Sqlite;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var storePath = args[0];
var sinkPath = args[1];
var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);

using var sink = new EffectSink(sinkPath);
var services = new ServiceCollection();
services.AddScenarios(o =>
    {
        o.MaxConcurrency = 4;
        o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
    })
    .UseSqliteStore(storePath)
    .AddScenario("crash", s => s
        .From(Trigger.Webhook("crash-test", "order", CrashJson.Default.Order))
        .Where(o => o.N % 7 != 0)
        .Map(o => new Order(o.N, $"k{o.N % 10}"))
        .Then("reserve", key: o => $"order-{o.N}", async (o, ctx, ct) =>
        {
            await Task.Delay(1, ct);
            sink.Apply(ctx.IdempotencyKey!, o.N, ctx.Step, o.Subject!);
        })
        .Then("notify", key: o => $"order-{o.N}", async (o, ctx, ct) =>
        {
            await Task.Delay(1, ct);
            sink.Apply(ctx.IdempotencyKey!, o.N, ctx.Step, o.Subject!);
        }));

await using var provider = services.BuildServiceProvider();
var runner = provider.GetServices<IHostedService>().Single();
await runner.StartAsync(CancellationToken.None);
Console.WriteLine("ready");

var inbox = provider.GetRequiredService<IScenarioInbox>();
for (var start = 0; start < count; start += 20)
{
    var batch = Enumerable.Range(start, Math.Min(20, count - start))
        .Select(n => EventEnvelope.Create($"event-{n}", "crash-test", "order", new Order(n, null), CrashJson.Default.Order) with { Subject = $"k{n % 10}" })
        .ToArray();
    await inbox.SubmitAsync(batch);
}

await provider.GetRequiredService<IScenarioRunner>().WaitForIdleAsync();
var left = await provider.GetRequiredService<IScenarioStore>().CountQueuedAsync();
await runner.StopAsync(CancellationToken.None);
Console.WriteLine(left == 0 ? "done" : $"left {left}");
return left == 0 ? 0 : 1;

internal sealed record Order(int N, string? Subject);

[JsonSerializable(typeof(Order))]
internal sealed partial class CrashJson : JsonSerializerContext
{
}
