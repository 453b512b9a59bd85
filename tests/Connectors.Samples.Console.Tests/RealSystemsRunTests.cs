using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;
using Connectors.Samples.Catalog;
using Connectors.Testing;
using Microsoft.Extensions.Configuration;

namespace Connectors.Samples.Tests;

/// <summary>
/// The configured path: emulators stand in for real systems, but the sample only learns their addresses from
/// configuration, as it would a real deployment's, so it starts no emulators of its own and changes nothing.
/// </summary>
public sealed class RealSystemsRunTests
{
    [Fact]
    public async Task Configured_systems_replace_the_emulators_and_only_read_only_checks_run()
    {
        await using var systems = await EmulatedSystems.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var report = await SampleApp.RunCatalogAsync(b => b.AddInMemoryCollection(Configuration(systems)), timeout.Token);

        var analytics = Assert.Single(report.Outcomes, o => o.Id == "O2C-6");
        Assert.True(analytics.Result.Status == CheckStatus.Ok, analytics.Result.Detail);
        var skipped = report.Outcomes.Where(o => o.Id != "O2C-6" && !o.Id.StartsWith("BC-", StringComparison.Ordinal)).ToList();
        Assert.All(skipped, o => Assert.Equal(CheckStatus.NotWired, o.Result.Status));
        Assert.All(skipped, o => Assert.Contains("skipped: real systems", o.Result.Detail, StringComparison.Ordinal));
        Assert.Empty(systems.CoreCase.State.Cases);
        Assert.Equal(1, report.ExitCode);
    }

    private static Dictionary<string, string?> Configuration(EmulatedSystems systems)
    {
        var settings = new Dictionary<string, string?>
        {
            ["BigCommerce:BaseAddress"] = systems.BigCommerce.BaseAddress.ToString(),
            ["BigCommerce:StoreHash"] = BigCommerceEmulator.DefaultStoreHash,
            ["BigCommerce:AccessToken"] = BigCommerceEmulator.DefaultAccessToken,
            ["Exstream:Domain"] = ExstreamEmulator.DefaultDomain,
            ["TradingGrid:CompanyId"] = TradingGridSeed.CompanyId,
            ["Recipes:CaseDefinitionId"] = CoreCaseState.DefaultCaseDefinitionId,
            ["Recipes:RegulatedCategoryIds:0"] = "21",
        };
        foreach (var (section, address) in new[]
        {
            ("CoreCase", systems.CoreCase.BaseAddress),
            ("Exstream", systems.Exstream.BaseAddress),
            ("TradingGrid", systems.TradingGrid.BaseAddress),
            ("WorkflowService", systems.WorkflowService.ApiBaseAddress),
        })
        {
            settings[$"{section}:BaseAddress"] = address.ToString();
            settings[$"{section}:AuthenticationBaseAddress"] = systems.Identity.BaseAddress.ToString();
            settings[$"{section}:TenantId"] = OpenTextIdentityEmulator.DefaultTenant;
            settings[$"{section}:ClientId"] = OpenTextIdentityEmulator.DefaultClientId;
            settings[$"{section}:ClientSecret"] = OpenTextIdentityEmulator.DefaultClientSecret;
        }

        return settings;
    }
}
