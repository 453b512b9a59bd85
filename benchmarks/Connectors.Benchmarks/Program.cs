using BenchmarkDotNet.Running;
using Connectors.Benchmarks.Floor;
using Connectors.Benchmarks.Scenarios.Cluster;

// "cluster-host ..." runs one host process of the PostgreSQL cluster benchmarks (they start several of this program).
if (args is ["cluster-host", ..])
{
    return await ClusterHostMain.RunAsync(args[1..]);
}

if (args is ["--allocations", .. var rest])
{
    await AllocationProfile.RunAsync(rest); // bytes per call and where they go, for one benchmark method
    return 0;
}

if (args is ["--interleaved", .. var pair])
{
    await InterleavedTiming.RunAsync(pair); // A/B of two methods, interleaved in one process
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
