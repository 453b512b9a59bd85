using Connectors.Samples;
using Connectors.Samples.Catalog;

namespace Connectors.Samples.Tests;

/// <summary>Runs the sample's catalog in-process against the emulators, once for the whole class.</summary>
public sealed class CatalogRunFixture : IAsyncLifetime
{
    public CatalogReport Report { get; private set; } = new([]);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
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
    public void Ids_without_a_registered_recipe_are_not_wired_never_ok()
    {
        var registered = run.Report.Outcomes.Where(o => o.Id != CatalogIds.Smoke && o.Result.Status == CheckStatus.Ok).ToList();
        var notWired = run.Report.Outcomes.Where(o => o.Result.Status == CheckStatus.NotWired).ToList();

        // No recipe section is registered in this build, so no catalog line may claim OK.
        Assert.Empty(registered);
        Assert.Equal(36, notWired.Count);
        Assert.All(notWired, o => Assert.False(string.IsNullOrWhiteSpace(o.Result.Detail)));
    }

    [Fact]
    public void Exit_code_is_non_zero_while_any_id_is_not_ok()
    {
        Assert.Contains(run.Report.Outcomes, o => o.Result.Status != CheckStatus.Ok);
        Assert.NotEqual(0, run.Report.ExitCode);
    }
}
