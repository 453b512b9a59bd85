using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// <c>--interleaved &lt;Class&gt; &lt;MethodA&gt; &lt;MethodB&gt; [calls] [rounds]</c>: after the class's set-up and a
/// warm-up of both, runs <c>calls</c> calls of A, then of B, <c>rounds</c> times in one process, and prints the wall
/// clock, process CPU and context switches per call of each round and their medians. The warm-up runs pairs until the
/// JIT has settled (fewer than 5 methods compiled in a pair). A quick A/B for changes too small for
/// BenchmarkDotNet's error bars on a shared machine: both sides see the same JIT state, server and drift of the
/// machine. Not a replacement for the BenchmarkDotNet figures quoted in docs/performance.md.
/// </summary>
internal static class InterleavedTiming
{
    public static async Task RunAsync(string[] args)
    {
        var type = typeof(InterleavedTiming).Assembly.GetTypes().Single(t => t.Name == args[0]);
        var benchmark = Activator.CreateInstance(type)!;
        var methods = new[] { Method(type, args[1]), Method(type, args[2]) };
        var calls = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10_000;
        var rounds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10;
        await Invoke(benchmark, type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null));
        // Warm-up until the JIT is done: our assemblies are not precompiled (ReadyToRun) as the framework's are, and
        // tier-1 code for the whole path (Kestrel, HttpClient, the stack) takes a few hundred thousand calls on 2 cores.
        // Steady state: a pair of runs during which fewer than 5 methods were compiled; 60 pairs at most.
        var warmups = 0;
        long jitted;
        do
        {
            jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var method in methods)
            {
                await RunAsync(benchmark, method, calls);
            }

            warmups++;
        }
        while (System.Runtime.JitInfo.GetCompiledMethodCount() - jitted >= 5 && warmups < 60);

        Console.WriteLine($"warm-up: {warmups} pairs of {calls} calls; {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled");

        var wall = new List<double>[] { [], [] };
        var cpu = new List<double>[] { [], [] };
        var switches = new List<double>[] { [], [] };
        var workItems = new List<double>[] { [], [] };
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < 2; i++)
            {
                var before = ContextSwitches();
                var items = ThreadPool.CompletedWorkItemCount;
                var (w, c) = await RunAsync(benchmark, methods[i], calls);
                switches[i].Add((double)(ContextSwitches() - before) / calls);
                workItems[i].Add((double)(ThreadPool.CompletedWorkItemCount - items) / calls);
                wall[i].Add(w);
                cpu[i].Add(c);
            }

            Console.WriteLine($"round {round + 1}: {args[1]} {wall[0][^1]:F1} µs wall {cpu[0][^1]:F1} µs CPU {switches[0][^1]:F2} switches {workItems[0][^1]:F2} pool items; {args[2]} {wall[1][^1]:F1} µs wall {cpu[1][^1]:F1} µs CPU {switches[1][^1]:F2} switches {workItems[1][^1]:F2} pool items; ratio {wall[1][^1] / wall[0][^1]:F3}");
        }

        var (a, b) = (Median(wall[0]), Median(wall[1]));
        Console.WriteLine($"median per call: {args[1]} {a:F1} µs wall {Median(cpu[0]):F1} µs CPU {Median(switches[0]):F2} switches; {args[2]} {b:F1} µs wall {Median(cpu[1]):F1} µs CPU {Median(switches[1]):F2} switches; ratio {b / a:F3}; median of round ratios {Median(wall[1].Zip(wall[0], (y, x) => y / x).ToList()):F3}");
        await Invoke(benchmark, type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null));
    }

    // Context switches of every thread of this process (Linux; 0 elsewhere), voluntary and not.
    private static long ContextSwitches()
    {
        if (!Directory.Exists("/proc/self/task"))
        {
            return 0;
        }

        long total = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.Contains("ctxt_switches", StringComparison.Ordinal))
                    {
                        total += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                    }
                }
            }
            catch (IOException)
            {
                // the thread ended while being read
            }
        }

        return total;
    }

    private static MethodInfo Method(Type type, string name) => type.GetMethod(name) ?? throw new ArgumentException($"{type.Name} has no method {name}.");

    private static async Task<(double Wall, double Cpu)> RunAsync(object benchmark, MethodInfo method, int calls)
    {
        var call = method.CreateDelegate<Func<Task>>(benchmark);
        var cpu = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        return (elapsed.TotalMicroseconds / calls, (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / calls);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static Task Invoke(object benchmark, MethodInfo? method) => method?.Invoke(benchmark, null) as Task ?? Task.CompletedTask;
}
