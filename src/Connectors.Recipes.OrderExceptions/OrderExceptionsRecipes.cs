using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Adds every recipe of section A (BigCommerce → Core Case) with defaults.</summary>
public static class OrderExceptionsRecipes
{
    /// <summary>Adds BC-CC-1 to BC-CC-8 with their default rules, all opening cases of <paramref name="caseTypeId"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseTypeId">The Core Case case type.</param>
    /// <param name="regulatedCategoryIds">Catalog categories whose products need a compliance review (BC-CC-3).</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderExceptionsRecipes(this ScenariosBuilder builder, string caseTypeId, params int[] regulatedCategoryIds)
        => builder.AddOrderExceptionsRecipes(caseTypeId, _ => { }, regulatedCategoryIds);

    /// <summary>
    /// Adds BC-CC-1 to BC-CC-8 with their default rules, all opening cases of <paramref name="caseTypeId"/>, and sets the
    /// choices every recipe has (queue, poll interval, where polls start) with <paramref name="configureEach"/>.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseTypeId">The Core Case case type.</param>
    /// <param name="configureEach">Sets the shared options of each recipe, for example <see cref="RecipeOptionsBase.PollFrom"/>.</param>
    /// <param name="regulatedCategoryIds">Catalog categories whose products need a compliance review (BC-CC-3).</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderExceptionsRecipes(this ScenariosBuilder builder, string caseTypeId, Action<RecipeOptionsBase> configureEach, params int[] regulatedCategoryIds)
    {
        ArgumentNullException.ThrowIfNull(configureEach);
        ArgumentNullException.ThrowIfNull(regulatedCategoryIds);
        void Shared(RecipeOptionsBase o)
        {
            o.CaseTypeId = caseTypeId;
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
