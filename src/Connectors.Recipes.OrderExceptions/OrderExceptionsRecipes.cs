using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Adds every recipe of section A (BigCommerce → Core Case) with defaults.</summary>
public static class OrderExceptionsRecipes
{
    /// <summary>Adds BC-CC-1 to BC-CC-8 with their default rules, all opening cases of <paramref name="caseDefinitionId"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseDefinitionId">The Core Case case type.</param>
    /// <param name="regulatedCategoryIds">Catalog categories whose products need a compliance review (BC-CC-3).</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderExceptionsRecipes(this ScenariosBuilder builder, string caseDefinitionId, params int[] regulatedCategoryIds)
        => builder.AddOrderExceptionsRecipes(caseDefinitionId, _ => { }, regulatedCategoryIds);

    /// <summary>
    /// Adds BC-CC-1 to BC-CC-8 with their default rules, all opening cases of <paramref name="caseDefinitionId"/>, and sets the
    /// choices every recipe has (queue, poll interval, where polls start) with <paramref name="configureEach"/>.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseDefinitionId">The Core Case case type.</param>
    /// <param name="configureEach">Sets the shared options of each recipe, for example <see cref="RecipeOptionsBase.PollFrom"/>.</param>
    /// <param name="regulatedCategoryIds">Catalog categories whose products need a compliance review (BC-CC-3).</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderExceptionsRecipes(this ScenariosBuilder builder, string caseDefinitionId, Action<RecipeOptionsBase> configureEach, params int[] regulatedCategoryIds)
    {
        ArgumentNullException.ThrowIfNull(configureEach);
        ArgumentNullException.ThrowIfNull(regulatedCategoryIds);
        void Shared(RecipeOptionsBase o)
        {
            o.CaseDefinitionId = caseDefinitionId;
            configureEach(o);
        }

        return builder
            .AddOrderExceptionToCase(Shared)
            .AddCustomerComplaint(Shared)
            .AddRegulatedOrderReview(o =>
            {
                Shared(o);
                o.RegulatedCategoryIds.UnionWith(regulatedCategoryIds);
            })
            .AddLargeOrderApproval(Shared)
            .AddSuspiciousActivity(Shared)
            .AddCatalogDataIssue(Shared)
            .AddStrategicEscalation(Shared)
            .AddAuditReview(Shared);
    }
}
