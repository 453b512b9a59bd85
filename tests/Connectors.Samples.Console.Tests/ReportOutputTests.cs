using Connectors.Samples.Catalog;
using Connectors.Samples.Hosting;
using Connectors.Samples.Output;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Tests;

/// <summary>The report's text and exit code, the redirected (plain) output, and the real-systems path, without emulators.</summary>
public sealed class ReportOutputTests
{
    private static CatalogContext RealSystemsContext()
        => new(new ServiceCollection().BuildServiceProvider(), new ConfigurationBuilder().Build(), systems: null);

    [Fact]
    public async Task Redirected_output_is_one_plain_line_per_id_then_the_totals()
    {
        var checks = CatalogRunner.Lines.Select(l => (ICatalogCheck)new FixedCheck(l.Id, CheckResult.Ok("order 101 imported"))).ToList();
        checks[3] = new FixedCheck(checks[3].Id, CheckResult.Failed("expected 1 case, found 2"));
        using var output = new StringWriter();

        var report = await ReportWriter.RunAsync(RealSystemsContext(), checks, output, interactive: false);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CatalogRunner.Lines.Count + 1, lines.Length);
        Assert.DoesNotContain(lines, l => l.Contains('\u001b', StringComparison.Ordinal));
        Assert.StartsWith("SMOKE    OK", lines[0], StringComparison.Ordinal);
        Assert.Contains("FAILED", lines[3], StringComparison.Ordinal);
        Assert.EndsWith("expected 1 case, found 2", lines[3], StringComparison.Ordinal);
        Assert.Equal("37 checks: 36 OK, 1 FAILED, 0 NOT WIRED", lines[^1]);
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void Exit_code_is_zero_only_when_every_line_is_ok()
    {
        var ok = CatalogRunner.Lines.Select(l => new CheckOutcome(l.Id, l.Description, CheckResult.Ok("done"))).ToList();
        Assert.Equal(0, new CatalogReport(ok).ExitCode);

        var oneNotWired = ok.Select((o, i) => i == 1 ? o with { Result = CheckResult.NotWired("skipped") } : o).ToList();
        Assert.Equal(1, new CatalogReport(oneNotWired).ExitCode);
        Assert.Equal("37 checks: 36 OK, 0 FAILED, 1 NOT WIRED", ReportLines.Totals(new CatalogReport(oneNotWired)));
    }

    [Fact]
    public async Task A_check_that_changes_emulator_state_is_skipped_against_real_systems()
    {
        var result = await new WiredCheck().RunAsync(RealSystemsContext());

        Assert.Equal(CheckStatus.NotWired, result.Status);
        Assert.Contains("skipped: real systems", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipe_settings_default_to_the_emulators_and_are_required_for_real_systems()
    {
        var empty = new ConfigurationBuilder().Build();
        var emulated = RecipeSettings.Bind(empty, emulated: true);
        Assert.False(string.IsNullOrEmpty(emulated.CaseDefinitionId));
        Assert.Equal(emulated.CaseDefinitionId, emulated.ContactDataCaseDefinitionId);
        Assert.Equal(21, Assert.Single(emulated.RegulatedCategoryIds));

        var error = Assert.Throws<InvalidOperationException>(() => RecipeSettings.Bind(empty, emulated: false));
        Assert.Contains("Recipes:CaseDefinitionId", error.Message, StringComparison.Ordinal);

        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Recipes:CaseDefinitionId"] = "claims",
            ["Recipes:ContactDataCaseDefinitionId"] = "contact-data",
            ["Recipes:RegulatedCategoryIds:0"] = "7",
            ["Recipes:PollInterval"] = "00:00:30",
        }).Build();
        var real = RecipeSettings.Bind(configured, emulated: false);
        Assert.Equal(("claims", "contact-data", 7, TimeSpan.FromSeconds(30)), (real.CaseDefinitionId, real.ContactDataCaseDefinitionId, Assert.Single(real.RegulatedCategoryIds), real.PollInterval));
    }

    [Fact]
    public void Every_catalog_id_of_sections_B_to_E_has_a_check()
    {
        var ids = CatalogChecks.Discover().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var missing = CatalogIds.All.Select(e => e.Id).Where(id => !id.StartsWith("BC-", StringComparison.Ordinal) && !ids.Contains(id)).ToList();
        Assert.Empty(missing);
    }

    private sealed class FixedCheck(string id, CheckResult result) : ICatalogCheck
    {
        public string Id => id;

        public Task<CheckResult> RunAsync(CatalogContext context, CancellationToken cancellationToken = default) => Task.FromResult(result);
    }

    private sealed class WiredCheck : RecipeCheck
    {
        public override string Id => "O2C-5";

        protected override bool IsWired(CatalogContext context) => true;

        protected override Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
            => Task.FromResult(CheckResult.Ok("must not happen"));
    }
}
