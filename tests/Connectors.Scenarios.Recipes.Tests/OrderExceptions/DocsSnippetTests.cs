using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Recipes.OrderExceptions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Scenarios.Recipes.Tests.OrderExceptions;

/// <summary>The snippets of docs/recipes/order-exceptions.md, compiled and run here.</summary>
public sealed class DocsSnippetTests
{
    [Fact]
    public void Snippet_registers_the_section()
    {
        var services = new ServiceCollection();
        // snippet: order-exceptions
        services.AddScenarios()
            .UseInMemoryStore()
            .AddOrderExceptionToCase(o =>
            {
                o.CaseTypeId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";
                o.QueueByKind["payment-declined"] = "finance-queue";
                o.ShipBy = TimeSpan.FromDays(2);
            })
            .AddRegulatedOrderReview(o =>
            {
                o.CaseTypeId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";
                o.RegulatedCategoryIds.Add(21);
            })
            .AddLargeOrderApproval(o =>
            {
                o.CaseTypeId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";
                o.MinTotal = 2500m;
                o.WatchedCountries.Add("KP");
            });
        // end snippet
        Assert.Equal(5, services.Count(d => d.ServiceType == typeof(Building.ScenarioPipeline)));

        var section = new ServiceCollection();
        section.AddScenarios().UseInMemoryStore().AddOrderExceptionsRecipes("d388103d-0e35-476b-9d92-6b99ec2a7f1c", 21);
        Assert.Equal(5, section.Count(d => d.ServiceType == typeof(Building.ScenarioPipeline)));
    }
}
