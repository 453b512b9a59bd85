using System.Text.RegularExpressions;
using Connectors.BigCommerce;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of BC-CC-6 (catalog data issue).</summary>
public sealed partial class CatalogDataIssueOptions : RecipeOptionsBase
{
    /// <summary>Creates the options with the default rules <c>description</c>, <c>price</c> and <c>availability</c>.</summary>
    public CatalogDataIssueOptions()
    {
        AssigneeGroup = "merchandising";
        Rules["description"] = p => PlainText(p.Description).Length < MinDescriptionLength
            ? $"description is shorter than {MinDescriptionLength} characters"
            : null;
        Rules["price"] = p => p.Price <= 0 ? "product has no price"
            : p.CostPrice > p.Price ? $"price {p.Price:0.00} is below cost {p.CostPrice:0.00}"
            : null;
        Rules["availability"] = p => p.IsVisible && p.Availability == ProductAvailability.Available && p.InventoryTracking != InventoryTracking.None && p.InventoryLevel <= 0
            ? "shown as available but out of stock"
            : null;
    }

    /// <summary>
    /// The validation rules by name: each returns what is wrong with the product, or <see langword="null"/> when the
    /// rule passes. One case is opened per product and failing rule, and closed when that rule passes again.
    /// </summary>
    public IDictionary<string, Func<Product, string?>> Rules { get; } = new Dictionary<string, Func<Product, string?>>(StringComparer.Ordinal);

    /// <summary>The shortest acceptable description (HTML tags not counted) for the <c>description</c> rule.</summary>
    public int MinDescriptionLength { get; set; } = 10;

    /// <summary>The webhook scope of product changes (its poll twin produces the same).</summary>
    public string WebhookScope { get; set; } = "store/product/updated";

    /// <summary>
    /// The rule name of cases opened from a host's report; such a case closes when the product, changed after the
    /// report, passes every rule.
    /// </summary>
    public string ReportedRule { get; set; } = "reported";

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        if (Rules.Count == 0)
        {
            problems.Add("name at least one rule (Rules)");
        }

        foreach (var name in Rules.Keys.Where(n => string.IsNullOrWhiteSpace(n) || n.Contains(':', StringComparison.Ordinal)))
        {
            problems.Add($"rule name '{name}' must be non-empty and without ':'");
        }

        if (string.IsNullOrWhiteSpace(ReportedRule) || Rules.ContainsKey(ReportedRule))
        {
            problems.Add("ReportedRule must be set and differ from every rule name");
        }

        if (MinDescriptionLength < 0)
        {
            problems.Add("MinDescriptionLength cannot be negative");
        }
    }

    private static string PlainText(string? html) => Tags().Replace(html ?? "", "").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}

/// <summary>
/// BC-CC-6: a product change (webhook or poll) is validated; every failing rule opens a merchandising case, which the
/// recipe closes only when the product passes that rule again (an agent resolving it early has it reopened). A
/// host's report opens a case too.
/// </summary>
public static class CatalogDataIssueRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "BC-CC-6";

    /// <summary>The scenario of host reports.</summary>
    public const string ReportScenario = Id + ".reports";

    /// <summary>The scenario that reopens a case resolved while its product still fails.</summary>
    public const string OutcomeScenario = Id + ".outcome";

    /// <summary>The product poll twin.</summary>
    public const string ProductPoller = Id + ".products";

    /// <summary>The Core Case events poller of <see cref="OutcomeScenario"/>.</summary>
    public const string CaseEventsPoller = Id + ".case-events";

    /// <summary>Adds BC-CC-6, its report scenario and its reopen guard. Hosts submit reports with <see cref="HostRequestEnvelopes.CatalogIssue"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="RecipeOptionsBase.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddCatalogDataIssue(this ScenariosBuilder builder, Action<CatalogDataIssueOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var o = new CatalogDataIssueOptions();
        configure(o);
        o.Validate(Id);
        var cases = new CatalogCases(o);

        builder.AddScenario(Id, s => s
            .From(RecipeTriggers.Webhook(o.WebhookScope), RecipeTriggers.ProductPoll(ProductPoller, o.WebhookScope, o.PollFrom, o.PollInterval))
            .Where(signal => signal.Data is { Id: > 0 })
            .Enrich("validate", (signal, step, ct) => cases.ValidateAsync(step, signal.Data.Id, ct))
            .Then("open-cases", v => $"{v.Store}:{v.Product.Id}:{v.Version}:{string.Join(',', v.Failures.Keys)}", (v, step, ct) => cases.OpenFailingAsync(step, v, ct))
            .Then("close-cases", v => $"{v.Store}:{v.Product.Id}:{v.Version}:{string.Join(',', v.Passed)}", (v, step, ct) => cases.CloseRevalidatedAsync(step, v, ct)));

        builder.AddScenario(ReportScenario, s => s
            .From(RecipeTriggers.Host(RecipeTriggers.CatalogIssueReported, OrderExceptionsJsonContext.Default.CatalogIssueReport))
            .Enrich("validate", async (report, step, ct) =>
            {
                if (report.ProductId <= 0 || string.IsNullOrWhiteSpace(report.Note))
                {
                    throw new ScenarioException($"Catalog issue report is incomplete: productId and note are required (got product {report.ProductId}).");
                }

                return (Report: report, Validation: await cases.ValidateAsync(step, report.ProductId, ct).ConfigureAwait(false));
            })
            .Then("open-case", r => $"{r.Validation.Store}:{r.Report.ProductId}:{o.ReportedRule}", (r, step, ct) => cases.OpenReportedAsync(step, r.Validation, r.Report.Note, ct)));

        return builder.AddScenario(OutcomeScenario, s => s
            .From(RecipeTriggers.CaseMilestones(CaseEventsPoller, o.PollInterval))
            .Where(m => m.ToStatus is "RESOLVED" or "CLOSED")
            .Enrich("revalidate", (m, step, ct) => cases.StillFailingAsync(step, m, ct))
            .Where(f => f is not null)
            .Then("reopen", f => f!.Case + ":" + f.EventId, (f, step, ct) => cases.ReopenAsync(step, f!, ct)));
    }
}
