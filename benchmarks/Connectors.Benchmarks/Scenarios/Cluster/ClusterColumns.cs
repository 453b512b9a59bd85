using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>Events per second: the inverse of the mean time per event (the benchmarks' operations are events).</summary>
internal sealed class EventsPerSecondColumn : IColumn
{
    public string Id => nameof(EventsPerSecondColumn);

    public string ColumnName => "Events/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Events per second (1 / mean time per event), all hosts together";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => summary[benchmarkCase]?.ResultStatistics is { } stats ? (1e9 / stats.Mean).ToString("N0", CultureInfo.InvariantCulture) : "NA";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>The 99th percentile of the measured iterations, in milliseconds.</summary>
internal sealed class P99Column : IColumn
{
    public string Id => nameof(P99Column);

    public string ColumnName => "P99 (ms)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "99th percentile of the iterations, milliseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => summary[benchmarkCase]?.ResultStatistics is { } stats ? (stats.Percentiles.Percentile(99) / 1e6).ToString("F1", CultureInfo.InvariantCulture) : "NA";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>
/// Throughput runs: 5 warm-up and 6 measured iterations of a few thousand events; events/s column. The host processes
/// start fresh for each case and their code is still being tiered up by the JIT for the first ~15 s (with 1 warm-up
/// iteration, each of the next five was faster than the one before); the measured iterations are the steady state.
/// In process (the hosts are processes of their own; BenchmarkDotNet's rebuild of the project timed out on the loaded machine).
/// </summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(6).WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new EventsPerSecondColumn());
    }
}

/// <summary>One timed event per iteration (wake-up, failover): iterations are samples; P95 and P99 columns. In process, as <see cref="ThroughputConfig"/>.</summary>
internal class SampleConfig : ManualConfig
{
    public SampleConfig(int samples, int warmup)
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(warmup).WithIterationCount(samples).WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.P95, new P99Column(), StatisticColumn.Max);
    }
}
