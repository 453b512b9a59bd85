using Connectors.Samples;
using Connectors.Samples.Catalog;

namespace Connectors.Samples.Tests;

/// <summary>Runs the sample's main job in-process against the emulators, once for the whole class.</summary>
public sealed class CatalogRunFixture : IAsyncLifetime
{
    public CatalogReport Report { get; private set; } = new([]);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        Report = await SampleApp.RunCatalogAsync(cancellationToken: timeout.Token);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class CatalogRunTests(CatalogRunFixture run) : IClassFixture<CatalogRunFixture>
{
    [Fact]
    public void Smoke_check_drives_the_engine_end_to_end()
    {
        var smoke = Assert.Single(run.Report.Outcomes, o => o.Id == CatalogIds.Smoke);
        Assert.True(smoke.Result.Status == CheckStatus.Ok, smoke.Result.Detail);
        Assert.Contains("1 note", smoke.Result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalog_id_appears_exactly_once_in_catalog_order()
    {
        Assert.Equal(36, CatalogIds.All.Count);
        var reported = run.Report.Outcomes.Where(o => o.Id != CatalogIds.Smoke).Select(o => o.Id).ToList();
        Assert.Equal(CatalogIds.All.Select(e => e.Id), reported);
        Assert.Equal(36, reported.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_catalog_flow_is_ok_and_the_main_job_exits_0()
    {
        var notOk = run.Report.Outcomes.Where(o => o.Result.Status != CheckStatus.Ok).Select(o => $"{o.Id}: {o.Result.Status} {o.Result.Detail}").ToList();

        Assert.True(notOk.Count == 0, string.Join(Environment.NewLine, notOk));
        Assert.Equal(37, run.Report.Passed);
        Assert.Equal(0, run.Report.ExitCode);
    }

    [Fact]
    public void Every_ok_line_says_what_happened()
    {
        var ok = run.Report.Outcomes.Where(o => o.Result.Status == CheckStatus.Ok).ToList();
        Assert.NotEmpty(ok);
        Assert.All(ok, o => Assert.Matches(@"\d", o.Result.Detail));
        Assert.All(ok, o => Assert.True(o.Result.Detail.Length > 30, $"{o.Id}: '{o.Result.Detail}'"));
    }

    [Fact]
    public void Exit_code_follows_the_lines()
    {
        var allOk = run.Report.Outcomes.All(o => o.Result.Status == CheckStatus.Ok);
        Assert.Equal(allOk ? 0 : 1, run.Report.ExitCode);
        Assert.Equal(run.Report.Outcomes.Count, run.Report.Passed + run.Report.Failed + run.Report.NotWired);
    }
}
