using Connectors.BigCommerce;
using Connectors.Scenarios.Building;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Recipes.OrderToCash;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderToCash.Tests;

/// <summary>The snippets of docs/recipes/order-to-cash.md, compiled and checked here.</summary>
public sealed class DocsSnippetTests
{
    [Fact]
    public void Order_to_cash_registration_snippet_adds_every_scenario()
    {
        var services = new ServiceCollection();

        // begin-snippet: order-to-cash-register
        services.AddScenarios().UseInMemoryStore()
            .AddOrderImport(o => o.Statuses.Remove(OrderStatus.Pending))
            .AddInventorySync(o =>
            {
                o.DefaultLocationId = 1;
                o.ReorderPoints["CC3C"] = 10;
                o.ReorderQuantities["CC3C"] = 50;
            })
            .AddPaymentsAndRefunds(o =>
            {
                o.RefundProviders.Add("testgateway");
                o.MaxAutomaticRefund = 250m;
            })
            .AddFulfilment(o =>
            {
                o.Carriers["ROYALMAIL"] = new CarrierMapping("", "royal-mail");
                o.CustomerComment = "On its way with {carrier}: {tracking}";
            })
            .AddOrderCompletion(o => o.CompleteFrom.Add(OrderStatus.AwaitingPickup))
            .AddSalesAnalytics(o =>
            {
                o.ChannelGrouping = SalesChannelGrouping.OrderSource;
                o.TopProductCount = 10;
            });
        // end-snippet

        var names = services.Where(d => d.ServiceType == typeof(ScenarioPipeline)).Select(d => ((ScenarioPipeline)d.ImplementationInstance!).Name);
        Assert.Equal(["O2C-1", "O2C-2", "O2C-3", "O2C-3.refund", "O2C-4", "O2C-5", "O2C-6"], names);
        Assert.Contains(services, d => d.ServiceType == typeof(ISalesAnalytics));
    }

    [Fact]
    public void Whole_section_registers_with_one_call()
    {
        var services = new ServiceCollection();
        services.AddScenarios().UseInMemoryStore().AddOrderToCashRecipes();
        Assert.Equal(7, services.Count(d => d.ServiceType == typeof(ScenarioPipeline)));
    }
}
