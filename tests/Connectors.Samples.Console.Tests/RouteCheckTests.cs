using System.Reflection;
using Connectors.BigCommerce;
using Connectors.Core.Diagnostics;
using Connectors.Emulators.Hosting;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Verify;

namespace Connectors.Samples.Tests;

/// <summary>The read-only route check (<c>verify</c>): catalog coverage, every route reached on the emulators, and a broken emulator.</summary>
public sealed class RouteCheckTests
{
    public static TheoryData<string> Systems => new(VerifyTargets.All.Select(t => t.Name));

    private static readonly Dictionary<string, (Assembly Assembly, IReadOnlyDictionary<string, string> NotProbed)> Catalogs = new()
    {
        ["BigCommerce"] = (typeof(BigCommerceClient).Assembly, BigCommerceRouteCatalog.NotProbed),
        ["CoreCase"] = (typeof(CoreCaseClient).Assembly, CoreCaseRouteCatalog.NotProbed),
        ["Exstream"] = (typeof(ExstreamClient).Assembly, ExstreamRouteCatalog.NotProbed),
        ["TradingGrid"] = (typeof(TradingGridClient).Assembly, TradingGridRouteCatalog.NotProbed),
        ["WorkflowService"] = (typeof(WorkflowServiceClient).Assembly, WorkflowServiceRouteCatalog.NotProbed),
    };

    [Theory]
    [MemberData(nameof(Systems))]
    public void The_catalog_covers_every_route_of_the_client_route_tables(string system)
    {
        var target = VerifyTargets.All.Single(t => t.Name == system);
        var (assembly, notProbed) = Catalogs[system];
        var tables = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: true, IsSealed: true, IsNested: false } && t.Name.EndsWith("Routes", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tables);
        var members = tables.SelectMany(t =>
                t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).Select(m => $"{t.Name}.{m.Name}")
                    .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => $"{t.Name}.{f.Name}")))
            .ToHashSet(StringComparer.Ordinal);
        var probed = target.Probes.Select(p => p.Route).ToList();

        Assert.Equal(probed.Count, probed.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(members.Except(probed).Except(notProbed.Keys).Order()); // a route nobody checks
        Assert.Empty(probed.Concat(notProbed.Keys).Except(members).Order()); // a probe for a route that is gone
        Assert.All(target.Probes, p => Assert.Equal(p.Route.StartsWith("AssumedRoutes.", StringComparison.Ordinal), !p.Documented));
    }

    [Fact]
    public async Task Against_the_emulators_every_route_the_check_calls_is_reached()
    {
        var (results, emulated) = await VerifyCommand.CheckAsync(VerifyTargets.All, []);

        Assert.True(emulated);
        Assert.Equal(VerifyTargets.All.Sum(t => t.Probes.Count), results.Count);
        Assert.All(results.Where(r => r.Outcome != RouteOutcome.NotChecked), r => Assert.True(r.Outcome == RouteOutcome.Reached, $"{r.System} {r.Route}: {r.Outcome} {r.Status} {r.Detail}"));
        Assert.All(results.Where(r => r.Outcome == RouteOutcome.NotChecked), r => Assert.NotEqual("GET", r.Method));
        Assert.DoesNotContain(results, r => r.FailsCheck);
    }

    [Fact]
    public async Task A_removed_route_is_reported_404_and_only_that_one()
    {
        var (results, _) = await VerifyCommand.CheckAsync(VerifyTargets.All, [], prepare: s => s.BigCommerce.Faults.AddForRoute(Fault.RouteRemoved(), "/coupons"));

        var failing = Assert.Single(results, r => r.Outcome is not (RouteOutcome.Reached or RouteOutcome.NotChecked));
        Assert.Equal(("BigCommerce", "BigCommerceRoutes.OrderCoupons", RouteOutcome.NotFound, 404), (failing.System, failing.Route, failing.Outcome, failing.Status));
        Assert.True(failing.FailsCheck);
    }

    [Fact]
    public async Task A_renamed_field_is_reported_as_a_shape_mismatch_naming_the_field_and_only_that_route()
    {
        var (results, _) = await VerifyCommand.CheckAsync(VerifyTargets.All, [], prepare: s => s.TradingGrid.Faults.AddForRoute(Fault.RenameField("submissionId", "submissionKey"), "/onboardingRequests"));

        var failing = Assert.Single(results, r => r.Outcome is not (RouteOutcome.Reached or RouteOutcome.NotChecked or RouteOutcome.Skipped));
        Assert.Equal(("TradingGrid", "AssumedRoutes.OnboardingRequests", RouteOutcome.ShapeMismatch), (failing.System, failing.Route, failing.Outcome));
        var skipped = Assert.Single(results, r => r.Outcome == RouteOutcome.Skipped); // the one route that needed an id from that list
        Assert.Equal("AssumedRoutes.OnboardingRequest", skipped.Route);
        Assert.Contains("submissionId", failing.Detail, StringComparison.Ordinal);
        Assert.False(failing.FailsCheck); // an assumed route: reported, but the exit code stays 0
    }

    [Fact]
    public async Task The_command_writes_the_table_and_json_and_fails_when_a_documented_route_fails()
    {
        var json = Path.Combine(Path.GetTempPath(), $"route-check-{Guid.NewGuid():N}.json");
        try
        {
            using var output = new StringWriter();
            var code = await VerifyCommand.RunAsync(["--system", "BigCommerce", "--json", json], output, prepare: s => s.BigCommerce.Faults.AddForRoute(Fault.RouteRemoved(), "/coupons"));

            Assert.Equal(1, code);
            Assert.Contains("BigCommerceRoutes.OrderCoupons", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("CoreCase", output.ToString(), StringComparison.Ordinal);
            var report = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(json)).RootElement;
            Assert.False(report.GetProperty("ok").GetBoolean());
            Assert.Equal("404", report.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("route").GetString() == "BigCommerceRoutes.OrderCoupons").GetProperty("outcome").GetString());
        }
        finally
        {
            File.Delete(json);
        }
    }
}
