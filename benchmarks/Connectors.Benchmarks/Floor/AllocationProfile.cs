using System.Diagnostics.Tracing;
using System.Globalization;
using System.Reflection;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// <c>--allocations &lt;Class&gt; &lt;Method&gt; [calls] [types]</c>: runs one benchmark method of this assembly many
/// times (after its set-up and a warm-up) and prints the exact bytes allocated per call
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>) and, from the runtime's <c>GCAllocationTick</c> events (a sample
/// every ~100 KB), which types they went to. Answers "where do the bytes go", which BenchmarkDotNet's
/// <c>[MemoryDiagnoser]</c> does not; allocations do not depend on the machine's load.
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
        await Invoke(type, benchmark, "Setup");
        await RunAsync(benchmark, method, Math.Max(50, calls / 10));
        GC.Collect();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var listener = new AllocationListener();
        await RunAsync(benchmark, method, calls);
        var after = GC.GetTotalAllocatedBytes(precise: true);
        listener.Dispose();

        Console.WriteLine($"{args[0]}.{args[1]}: {(after - before) / (double)calls:N0} B per call over {calls:N0} calls");
        var sampled = listener.Bytes.Values.Sum();
        foreach (var (name, bytes) in listener.Bytes.OrderByDescending(kv => kv.Value).Take(shown))
        {
            Console.WriteLine($"{bytes * 100.0 / sampled,6:F1}%  {bytes / (double)calls,9:N0} B/call  {name}");
        }

        await Invoke(type, benchmark, "Cleanup");
    }

    private static async Task RunAsync(object benchmark, MethodInfo method, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            await (Task)method.Invoke(benchmark, null)!;
        }
    }

    private static Task Invoke(Type type, object benchmark, string name) => type.GetMethod(name)?.Invoke(benchmark, null) as Task ?? Task.CompletedTask;

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
