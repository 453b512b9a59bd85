// Usage: Connectors.Scenarios.ClusterHost <connection string> <store schema> <sink schema> <host id> <lease ms> <subjects> <poison file or -> [poll]
// One host of a cluster on the PostgreSQL store. Reads commands on stdin:
//   submit <first> <count>   submits events first..first+count-1 to this host's inbox (subject s<n % subjects>)
//   replay                   replays every dead letter through this host
//   quit                     stops the runner and exits
// Prints "ready", "submitted", "replayed <n>", "effect" per effect and the runner's warnings ("log: ...").
// The "cluster" scenario has two journaled steps that record each invocation in the sink (PostgreSQL, times from
// clock_timestamp() so every process uses one clock); events n % 100 == 99 fail for good while the poison file exists.
// With "poll", a poll trigger (every 200 ms, no items) records each poll in the sink's polls table.
using System.Globalization;
using System.Text.Json.Serialization;
using Connectors.Scenarios;
using Connectors.Scenarios.ClusterHost;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.PostgreSql;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var connection = args[0];
var storeSchema = args[1];
var sinkSchema = args[2];
var hostId = args[3];
var lease = TimeSpan.FromMilliseconds(int.Parse(args[4], CultureInfo.InvariantCulture));
var subjects = int.Parse(args[5], CultureInfo.InvariantCulture);
var poison = args[6] == "-" ? null : args[6];
var poll = args.Length > 7 && args[7] == "poll";

await using var sink = new ClusterSink(connection, sinkSchema, hostId);
var services = new ServiceCollection();
services.AddSingleton<ILoggerFactory>(new LineLoggerFactory());
var builder = services.AddScenarios(o =>
    {
        o.HostId = hostId;
        o.MaxConcurrency = 4;
        o.Lease = lease;
        o.ClaimPollInterval = TimeSpan.FromMilliseconds(250);
        // The sink is on the same server: ride out a database restart (poisoned events fail for good at once).
        o.Retry.MaxRetries = 10;
        o.Retry.BaseDelay = TimeSpan.FromMilliseconds(50);
        o.Retry.MaxDelay = TimeSpan.FromSeconds(2);
    })
    .UsePostgresStore(connection, s => s.Schema = storeSchema);

bool Poisoned(int n) => poison is not null && n % 100 == 99 && File.Exists(poison);
builder.AddScenario("cluster", s => s
    .From(Trigger.Webhook("cluster-test", "order", ClusterJson.Default.Order))
    .Then("reserve", key: o => $"order-{o.N}", (o, ctx, ct) => sink.ApplyAsync(ctx.IdempotencyKey!, o.N, ctx.Step, ctx.Envelope.Subject!, fail: Poisoned(o.N), ct))
    .Then("notify", key: o => $"order-{o.N}", (o, ctx, ct) => sink.ApplyAsync(ctx.IdempotencyKey!, o.N, ctx.Step, ctx.Envelope.Subject!, fail: false, ct)));
if (poll)
{
    builder.AddScenario("polled", s => s
        .From(Trigger.Poll(
            "cluster-poll",
            "cluster-test",
            "polled",
            ClusterJson.Default.Order,
            modifiedSince: (since, ct) => sink.PolledAsync(ct),
            subject: o => o.N.ToString(CultureInfo.InvariantCulture),
            modifiedAt: _ => DateTimeOffset.UnixEpoch,
            interval: TimeSpan.FromMilliseconds(200)))
        .Then("never", key: o => $"polled-{o.N}", (_, _, _) => ValueTask.CompletedTask));
}

await using var provider = services.BuildServiceProvider();
var runner = provider.GetServices<IHostedService>().Single();
await runner.StartAsync(CancellationToken.None);
Console.WriteLine("ready");

var inbox = provider.GetRequiredService<IScenarioInbox>();
while (Console.ReadLine() is { } line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (parts.Length == 0)
    {
        continue;
    }

    switch (parts[0])
    {
        case "submit":
            var first = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var count = int.Parse(parts[2], CultureInfo.InvariantCulture);
            for (var start = first; start < first + count; start += 50)
            {
                var batch = Enumerable.Range(start, Math.Min(50, first + count - start))
                    .Select(n => EventEnvelope.Create($"event-{n}", "cluster-test", "order", new Order(n), ClusterJson.Default.Order) with { Subject = $"s{n % subjects}" })
                    .ToArray();
                await inbox.SubmitAsync(batch);
            }

            Console.WriteLine("submitted");
            break;
        case "replay":
            var replayed = await provider.GetRequiredService<IScenarioDeadLetters>().ReplayAsync(new Connectors.Scenarios.Storage.DeadLetterQuery());
            Console.WriteLine($"replayed {replayed}");
            break;
        case "quit":
            await runner.StopAsync(CancellationToken.None);
            return 0;
    }
}

await runner.StopAsync(CancellationToken.None);
return 0;

internal sealed record Order(int N);

[JsonSerializable(typeof(Order))]
internal sealed partial class ClusterJson : JsonSerializerContext
{
}
