using BenchmarkDotNet.Running;
using Connectors.Benchmarks.Scenarios.Cluster;

// "cluster-host ..." runs one host process of the PostgreSQL cluster benchmarks (they start several of this program).
if (args is ["cluster-host", ..])
{
    return await ClusterHostMain.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
