using Connectors.BigCommerce;
using Connectors.Scenarios.Building;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Recipes.OrderExceptions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions.Tests;

/// <summary>The snippets of docs/recipes/order-exceptions.md, compiled and run here.</summary>
public sealed class DocsSnippetTests
{
    private const string CaseDefinitionId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";

    [Fact]
    public void Snippets_register_every_recipe_of_the_section()
    {
        var services = new ServiceCollection();
        var scenarios = services.AddScenarios().UseInMemoryStore();

        // begin-snippet: bc-cc-1
        scenarios.AddOrderExceptionToCase(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.QueueByKind["payment-declined"] = "finance-queue";
            o.ShipBy = TimeSpan.FromDays(2);
        });
        // end-snippet

        // begin-snippet: bc-cc-2
        scenarios.AddCustomerComplaint(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.QueueByKind["damaged-goods"] = "returns-desk";
            o.StatusByOutcome["replace"] = OrderStatus.AwaitingFulfillment;
            o.RefundOutcomes.Add("goodwill-refund");
        });
        // end-snippet

        // begin-snippet: bc-cc-3
        scenarios.AddRegulatedOrderReview(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.RegulatedCategoryIds.Add(21);
            o.RegulatedSkus.Add("RX-LC");
        });
        // end-snippet

        // begin-snippet: bc-cc-4
        scenarios.AddLargeOrderApproval(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.MinTotal = 2500m;
            o.WatchedCountries.Add("KP");
        });
        // end-snippet

        // begin-snippet: bc-cc-5
        scenarios.AddSuspiciousActivity(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.Window = TimeSpan.FromDays(14);
            o.Counters["chargebacks"].Threshold = 1;
            o.HoldCustomerGroupId = 3; // "On Hold"
        });
        // end-snippet

        // begin-snippet: bc-cc-6
        scenarios.AddCatalogDataIssue(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.MinDescriptionLength = 40;
            o.Rules["weight"] = product => product.Weight <= 0 ? "no shipping weight" : null;
        });
        // end-snippet

        // begin-snippet: bc-cc-7
        scenarios.AddStrategicEscalation(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.StrategicCustomerGroupIds.Add(2); // "Wholesale"
            o.CollaboratorUsers.Add("jane.account-manager");
        });
        // end-snippet

        // begin-snippet: bc-cc-8
        scenarios.AddAuditReview(o =>
        {
            o.CaseDefinitionId = CaseDefinitionId;
            o.AttachMessages = false;
            o.Retention = TimeSpan.FromDays(10 * 365);
        });
        // end-snippet

        var names = services.Where(d => d.ServiceType == typeof(ScenarioPipeline)).Select(d => ((ScenarioPipeline)d.ImplementationInstance!).Name).ToList();
        Assert.Equal(17, names.Count);
        foreach (var id in Enumerable.Range(1, 8).Select(i => $"BC-CC-{i}"))
        {
            Assert.Contains(id, names);
        }
    }

    [Fact]
    public void One_call_registers_the_whole_section()
    {
        var section = new ServiceCollection();
        // begin-snippet: order-exceptions-section
        section.AddScenarios().UseInMemoryStore().AddOrderExceptionsRecipes(CaseDefinitionId, regulatedCategoryIds: 21);
        // end-snippet
        Assert.Equal(17, section.Count(d => d.ServiceType == typeof(ScenarioPipeline)));

        var shared = new ServiceCollection();
        shared.AddScenarios().UseInMemoryStore().AddOrderExceptionsRecipes(CaseDefinitionId, o => o.PollFrom = DateTimeOffset.UtcNow, 21);
        Assert.Equal(17, shared.Count(d => d.ServiceType == typeof(ScenarioPipeline)));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddScenarios().AddOrderExceptionsRecipes(CaseDefinitionId, o => o.PollInterval = TimeSpan.Zero, 21));
    }
}
