using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Recipes.PartnerCases;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases.Tests;

/// <summary>The snippets of docs/recipes/partner-cases.md, compiled and run here.</summary>
public sealed class PartnerCasesDocsSnippets
{
    [Fact]
    public void Docs_snippet_registers_the_section_and_single_recipes()
    {
        var services = new ServiceCollection();
        const string caseDefinitionId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";

        // begin-snippet: partner-cases-section
        services.AddScenarios().UseInMemoryStore().AddPartnerCasesRecipes(caseDefinitionId);
        // end-snippet

        var custom = new ServiceCollection();
        // begin-snippet: partner-cases-single
        custom.AddScenarios().UseInMemoryStore()
            .AddPartnerDisputeToCase(o =>
            {
                o.CaseDefinitionId = caseDefinitionId;
                o.Categories.Add("Quality");
                o.Assignee = CaseIdentity.FunctionalRole("partner-disputes");
            })
            .AddCaseMilestonesToPartner(o =>
            {
                o.Milestones["AWAITING_INFORMATION"] = "Case {case}: please share the missing documents.";
                o.Milestones.Remove("IN_PROGRESS");
            })
            .AddTransactionFailureToCase(o =>
            {
                o.CaseDefinitionId = caseDefinitionId;
                o.ErrorCodes.Add("MD-PRICE-MISMATCH");
                o.AssigneeByErrorType["MasterDataMismatch"] = CaseIdentity.FunctionalRole("master-data");
            })
            .AddThreadEscalationToCase(o =>
            {
                o.CaseDefinitionId = caseDefinitionId;
                o.ResponseSla = TimeSpan.FromHours(8);
            })
            .AddResolutionToPartner(o => o.ResolveThread = false);
        // end-snippet

        Assert.Equal(8, services.Count(d => d.ServiceType == typeof(Connectors.Scenarios.Building.ScenarioPipeline)));
        Assert.Equal(5, custom.Count(d => d.ServiceType == typeof(Connectors.Scenarios.Building.ScenarioPipeline)));
    }
}
