using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Scenarios.Recipes.OrderExceptions;

/// <summary>Adds every recipe of section A (BigCommerce → Core Case) with defaults.</summary>
public static class OrderExceptionsRecipes
{
    /// <summary>Adds BC-CC-1 to BC-CC-8 with their default rules, all opening cases of <paramref name="caseTypeId"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseTypeId">The Core Case case type.</param>
    /// <param name="regulatedCategoryIds">Catalog categories whose products need a compliance review (BC-CC-3).</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderExceptionsRecipes(this ScenariosBuilder builder, string caseTypeId, params int[] regulatedCategoryIds)
    {
        ArgumentNullException.ThrowIfNull(regulatedCategoryIds);
        return builder
            .AddOrderExceptionToCase(o => o.CaseTypeId = caseTypeId)
            .AddCustomerComplaint(o => o.CaseTypeId = caseTypeId)
            .AddRegulatedOrderReview(o =>
            {
                o.CaseTypeId = caseTypeId;
                o.RegulatedCategoryIds.UnionWith(regulatedCategoryIds);
            })
            .AddLargeOrderApproval(o => o.CaseTypeId = caseTypeId)
            .AddSuspiciousActivity(o => o.CaseTypeId = caseTypeId)
            .AddCatalogDataIssue(o => o.CaseTypeId = caseTypeId)
            .AddStrategicEscalation(o => o.CaseTypeId = caseTypeId)
            .AddAuditReview(o => o.CaseTypeId = caseTypeId);
    }
}
