using Connectors.Samples.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Tests;

/// <summary>The runner's rules, with stand-in checks and no emulators.</summary>
public sealed class CatalogRunnerTests
{
    private static CatalogContext EmptyContext()
        => new(new ServiceCollection().BuildServiceProvider(), new ConfigurationBuilder().Build(), systems: null);

    [Fact]
    public async Task Exit_code_is_zero_only_when_every_line_is_ok()
    {
        var all = CatalogRunner.Lines.Select(l => (ICatalogCheck)new FixedCheck(l.Id, CheckResult.Ok("done"))).ToList();
        var report = await CatalogRunner.RunAsync(EmptyContext(), all);
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(37, report.Passed);

        all[5] = new FixedCheck(all[5].Id, CheckResult.Failed("missing effect"));
        report = await CatalogRunner.RunAsync(EmptyContext(), all);
        Assert.Equal(1, report.ExitCode);
        Assert.Equal(1, report.Failed);
    }

    [Fact]
    public async Task A_throwing_check_is_failed_and_the_run_goes_on()
    {
        var report = await CatalogRunner.RunAsync(EmptyContext(), [new ThrowingCheck("BC-CC-1")]);
        var line = Assert.Single(report.Outcomes, o => o.Id == "BC-CC-1");
        Assert.Equal(CheckStatus.Failed, line.Result.Status);
        Assert.Contains("boom", line.Result.Detail, StringComparison.Ordinal);
        Assert.Equal(37, report.Outcomes.Count);
    }

    [Fact]
    public async Task A_recipe_check_whose_recipe_is_not_registered_is_not_wired()
    {
        var report = await CatalogRunner.RunAsync(EmptyContext(), [new NeverRunsCheck()]);
        var line = Assert.Single(report.Outcomes, o => o.Id == "O2C-6");
        Assert.Equal(CheckStatus.NotWired, line.Result.Status);
        Assert.Contains("not registered", line.Result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_duplicate_ids_are_refused()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => CatalogRunner.RunAsync(EmptyContext(), [new FixedCheck("XX-1", CheckResult.Ok("x"))]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => CatalogRunner.RunAsync(
            EmptyContext(), [new FixedCheck("O2C-1", CheckResult.Ok("x")), new FixedCheck("O2C-1", CheckResult.Ok("y"))]));
    }

    [Fact]
    public void Discovery_finds_the_smoke_check()
    {
        Assert.Contains(CatalogChecks.Discover(), c => c.Id == CatalogIds.Smoke);
    }

    private sealed class FixedCheck(string id, CheckResult result) : ICatalogCheck
    {
        public string Id => id;

        public Task<CheckResult> RunAsync(CatalogContext context, CancellationToken cancellationToken = default) => Task.FromResult(result);
    }

    private sealed class ThrowingCheck(string id) : ICatalogCheck
    {
        public string Id => id;

        public Task<CheckResult> RunAsync(CatalogContext context, CancellationToken cancellationToken = default)
            => throw new InvalidOperationException("boom");
    }

    private sealed class NeverRunsCheck : RecipeCheck
    {
        public override string Id => "O2C-6";

        protected override Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
            => Task.FromResult(CheckResult.Ok("must not happen"));
    }
}
