using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// <c>--allocations &lt;Class&gt; &lt;Method&gt; [calls] [types]</c>: runs one benchmark method of this assembly many
/// times (after its set-up and a warm-up) and prints the exact bytes allocated per call
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>) and, from the runtime's <c>GCAllocationTick</c> events (a sample
/// every ~100 KB), which types they went to. Answers "where do the bytes go", which BenchmarkDotNet's
/// <c>[MemoryDiagnoser]</c> does not; allocations do not depend on the machine's load. The class's
/// <c>[GlobalSetup]</c> and <c>[GlobalCleanup]</c> methods run before and after (or, without them, methods named
/// <c>Setup</c> and <c>Cleanup</c>), and its <c>[IterationCleanup]</c> after every call, outside the count.
/// </summary>
internal static class AllocationProfile
{
    public static async Task RunAsync(string[] args)
    {
        var type = typeof(AllocationProfile).Assembly.GetTypes().Single(t => t.Name == args[0]);
        var benchmark = Activator.CreateInstance(type)!;
        var method = type.GetMethod(args[1]) ?? throw new ArgumentException($"{args[0]} has no method {args[1]}.");
        var calls = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var shown = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 25;
        var iterationCleanup = Find<IterationCleanupAttribute>(type, name: null);
        await Invoke(benchmark, Find<GlobalSetupAttribute>(type, "Setup"));
        await RunAsync(benchmark, method, iterationCleanup, Math.Max(50, calls / 10));
        GC.Collect();

        using var listener = shown > 0 ? new AllocationListener() : null; // 0 types: no sampling (nothing else running)
        var cpu = Environment.CpuUsage.TotalTime;
        var workItems = ThreadPool.CompletedWorkItemCount;
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var wall = Stopwatch.GetTimestamp();
        var allocated = await RunAsync(benchmark, method, iterationCleanup, calls);
        var elapsed = Stopwatch.GetElapsedTime(wall);
        cpu = Environment.CpuUsage.TotalTime - cpu;
        workItems = ThreadPool.CompletedWorkItemCount - workItems;
        (gen0, gen1, gen2, paused) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - paused);
        listener?.Dispose();

        Console.WriteLine($"{args[0]}.{args[1]}: {allocated / (double)calls:N0} B per call over {calls:N0} calls");
        Console.WriteLine($"  process CPU {cpu.TotalMilliseconds / calls:N3} ms, wall {elapsed.TotalMilliseconds / calls:N3} ms per call (load-dependent; clean-ups included); {workItems / (double)calls:N2} thread-pool work items per call");
        Console.WriteLine($"  collections gen0 {gen0:N0}, gen1 {gen1:N0}, gen2 {gen2:N0}; GC pauses {paused.TotalMicroseconds / calls:N2} µs per call");
        var sampled = listener?.Bytes.Values.Sum() ?? 0;
        foreach (var (name, bytes) in (listener?.Bytes ?? []).OrderByDescending(kv => kv.Value).Take(shown))
        {
            Console.WriteLine($"{bytes * 100.0 / sampled,6:F1}%  {bytes / (double)calls,9:N0} B/call  {name}");
        }

        await Invoke(benchmark, Find<GlobalCleanupAttribute>(type, "Cleanup"));
    }

    /// <summary>Calls <paramref name="method"/> <paramref name="calls"/> times; returns the bytes allocated by the calls (not by the iteration clean-ups).</summary>
    private static async Task<long> RunAsync(object benchmark, MethodInfo method, MethodInfo? iterationCleanup, int calls)
    {
        long allocated = 0;
        for (var i = 0; i < calls; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await (Task)method.Invoke(benchmark, null)!;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            await Invoke(benchmark, iterationCleanup);
        }

        return allocated;
    }

    private static MethodInfo? Find<TAttribute>(Type type, string? name)
        where TAttribute : Attribute
        => type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<TAttribute>() is not null) ?? (name is null ? null : type.GetMethod(name));

    private static Task Invoke(object benchmark, MethodInfo? method) => method?.Invoke(benchmark, null) as Task ?? Task.CompletedTask;

    private sealed class AllocationListener : EventListener
    {
        public Dictionary<string, long> Bytes { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: GCAllocationTick
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
            {
                return;
            }

            var name = eventData.Payload![names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (Bytes)
            {
                Bytes[name] = Bytes.GetValueOrDefault(name) + amount;
            }
        }
    }
}
