using Connectors.Scenarios.DependencyInjection;
using Connectors.Recipes.CaseCommunications;
using Connectors.Recipes.OrderExceptions;
using Connectors.Recipes.OrderToCash;
using Connectors.Recipes.PartnerCases;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Hosting;

/// <summary>
/// Where the catalog recipes are registered: one <c>Add&lt;Section&gt;Recipes</c> call per catalog section.
/// Each recipe's scenario name is its catalog ID, which is how the report tells a registered recipe from a missing one.
/// </summary>
public static class SampleRecipes
{
    /// <summary>Registers every catalog section.</summary>
    /// <param name="scenarios">The scenarios builder.</param>
    /// <param name="settings">The recipes' business choices, from configuration.</param>
    public static void Add(ScenariosBuilder scenarios, RecipeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(settings);
        scenarios
            .AddOrderExceptionsRecipes(settings.CaseDefinitionId, [.. settings.RegulatedCategoryIds])
            .AddPartnerCasesRecipes(settings.CaseDefinitionId)
            .AddCaseCommunicationsRecipes(settings.ContactDataCaseDefinitionId)
            .AddPartnerWorkflowsRecipes(settings.PollInterval)
            .AddOrderToCashRecipes();
    }
}
