using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Recipes.OrderExceptions.Tests.OrderExceptionsFixture;

namespace Connectors.Recipes.OrderExceptions.Tests;

public sealed class CatalogDataIssueTests
{
    private const int Chemex = 78; // price 49.50, cost 24.75

    [Fact]
    public async Task BC_CC_6_price_below_cost_opens_a_case_that_closes_only_when_the_product_re_validates()
    {
        await using var host = await StartAsync(s => s.AddCatalogDataIssue(o => { o.CaseDefinitionId = CaseType; o.PollFrom = PollFrom; }));
        var catalog = host.Get<BigCommerceClient>().Catalog;
        await catalog.UpdateProductAsync(Chemex, new UpdateProductRequest { Price = 10m });

        await host.PollAsync(CatalogDataIssueRecipe.ProductPoller);

        var theCase = Assert.Single(CasesFor(host, $"product:{Chemex}:catalog:price"));
        Assert.Equal("merchandising", theCase.Assignee?.Id);
        Assert.Contains("price 10.00 is below cost 24.75", (string?)theCase.Attributes["problem"], StringComparison.Ordinal);
        Assert.Empty(CasesFor(host, $"product:{Chemex}:catalog:description"));

        // Seen again by a webhook and a re-poll: still one case.
        await SubmitAsync(host, ProductUpdated("product-hook-1"));
        await host.PollAsync(CatalogDataIssueRecipe.ProductPoller);
        Assert.Single(CasesFor(host, $"product:{Chemex}:catalog:price"));

        // An agent resolves it while the price is still wrong: the recipe reopens it.
        await ResolveAsync(host, theCase.Ref(), "fixed");
        await host.PollAsync(CatalogDataIssueRecipe.CaseEventsPoller);
        Assert.Equal(CoreCaseStatuses.InProgress, theCase.Status);
        Assert.Contains(theCase.Comments, c => c.Text.Contains("still fails 'price'", StringComparison.Ordinal));

        // Flow back: merchandising fixes the price in BigCommerce; its webhook closes the case. (Poll events are keyed
        // by modified time in whole seconds, so a fix within the same second as the fault is the webhook's to deliver.)
        await catalog.UpdateProductAsync(Chemex, new UpdateProductRequest { Price = 52m });
        await SubmitAsync(host, ProductUpdated("product-hook-2"));
        Assert.Equal(CoreCaseStatuses.Closed, theCase.Status);

        await host.PollAsync(CatalogDataIssueRecipe.CaseEventsPoller);
        await host.PollAsync(CatalogDataIssueRecipe.ProductPoller);
        Assert.Equal(CoreCaseStatuses.Closed, theCase.Status);
        Assert.Single(CasesFor(host, $"product:{Chemex}:catalog:price"));
    }

    [Fact]
    public async Task BC_CC_6_host_report_opens_a_case_closed_by_the_next_valid_change()
    {
        await using var host = await StartAsync(s => s.AddCatalogDataIssue(o => { o.CaseDefinitionId = CaseType; o.PollFrom = PollFrom; }));
        var report = new CatalogIssueReport(Chemex, "Main image shows the 6-cup model");

        await SubmitAsync(host, HostRequestEnvelopes.CatalogIssue(report, "rep-1"));
        await SubmitAsync(host, HostRequestEnvelopes.CatalogIssue(report, "rep-1"));

        var theCase = Assert.Single(CasesFor(host, $"product:{Chemex}:catalog:reported"));
        Assert.Equal(CoreCaseStatuses.Open, theCase.Status);
        Assert.Equal("Main image shows the 6-cup model", (string?)theCase.Attributes["problem"]);

        await host.Get<BigCommerceClient>().Catalog.UpdateProductAsync(Chemex, new UpdateProductRequest { Description = "<p>Chemex Coffeemaker, 3 cup, with the right image</p>" });
        await host.PollAsync(CatalogDataIssueRecipe.ProductPoller);

        Assert.Equal(CoreCaseStatuses.Closed, theCase.Status);
    }

    private static Connectors.Scenarios.Events.EventEnvelope ProductUpdated(string deliveryId)
        => Connectors.Scenarios.Events.EventEnvelope.Create(deliveryId, RecipeTriggers.BigCommerceSource, "store/product/updated",
            new ResourceSignal { Scope = "store/product/updated", Data = new ResourceRef { Type = "product", Id = Chemex } }, OrderExceptionsJsonContext.Default.ResourceSignal);

    [Fact]
    public void BC_CC_6_options_are_validated_when_the_recipe_is_added()
    {
        var error = Assert.Throws<ArgumentException>(() => RecipeOptionsCheck.Add(s => s.AddCatalogDataIssue(o =>
        {
            o.CaseDefinitionId = CaseType;
            o.Rules.Clear();
        })));
        Assert.Contains("BC-CC-6", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least one rule", error.Message, StringComparison.Ordinal);
    }
}
