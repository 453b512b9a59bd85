using BenchmarkDotNet.Running;
using Connectors.Benchmarks.Floor;

if (args is ["--allocations", .. var rest])
{
    await AllocationProfile.RunAsync(rest); // bytes per call and where they go, for one benchmark method
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
