using System.Globalization;
using Connectors.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>
/// <c>Connectors.Benchmarks cluster-host &lt;connection&gt; &lt;schema&gt; &lt;host id&gt; &lt;concurrency&gt; &lt;step delay ms&gt; &lt;flush 0|1&gt; &lt;lease ms&gt; &lt;block file|-&gt;</c>:
/// one host process of the cluster benchmarks (the benchmark starts several). Reads "submit &lt;first&gt; &lt;count&gt; &lt;subjects&gt;"
/// (answers "submitted") and "quit" on stdin; prints "ready" once its runner has started.
/// </summary>
internal static class ClusterHostMain
{
    public static async Task<int> RunAsync(string[] args)
    {
        var hostId = args[2];
        var concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
        var services = new ServiceCollection();
        BenchScenario.Add(
            services,
            connection: args[0],
            schema: args[1],
            flush: args[5] == "1",
            o =>
            {
                o.HostId = hostId;
                o.MaxConcurrency = concurrency;
                o.Lease = TimeSpan.FromMilliseconds(int.Parse(args[6], CultureInfo.InvariantCulture));
            },
            hostId,
            TimeSpan.FromMilliseconds(int.Parse(args[4], CultureInfo.InvariantCulture)),
            args[7] == "-" ? null : args[7]);
        await using var provider = services.BuildServiceProvider();
        var runner = provider.GetServices<IHostedService>().Single();
        await runner.StartAsync(CancellationToken.None);
        var inbox = provider.GetRequiredService<IScenarioInbox>();
        Console.WriteLine("ready");
        while (Console.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is ["submit", var first, var count, var subjects])
            {
                var start = long.Parse(first, CultureInfo.InvariantCulture);
                var total = int.Parse(count, CultureInfo.InvariantCulture);
                for (var done = 0; done < total; done += 256)
                {
                    await inbox.SubmitAsync(BenchScenario.Events(start + done, Math.Min(256, total - done), int.Parse(subjects, CultureInfo.InvariantCulture)));
                }

                Console.WriteLine("submitted");
            }
            else if (parts is ["quit"])
            {
                break;
            }
        }

        await runner.StopAsync(CancellationToken.None);
        return 0;
    }
}
